#pragma once

#include <functional>

class QNetworkReply;

/// Waiting inside a job thread, for both HTTP clients: a local event loop that checks a
/// cancel flag every 100 ms.
namespace NetworkWait {

/// Returns when the reply finished, or after aborting it because `isCancelled` said so.
void awaitReply(QNetworkReply *reply, const std::function<bool()> &isCancelled);

/// Sleeps `ms`; false (early) when `isCancelled` says so.
bool sleepUnlessCancelled(int ms, const std::function<bool()> &isCancelled);

} // namespace NetworkWait

#include "services/NetworkWait.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

namespace {

constexpr int CANCEL_POLL_MS = 100;

bool cancelled(const std::function<bool()> &isCancelled)
{
    return isCancelled && isCancelled();
}

} // namespace

namespace NetworkWait {

void awaitReply(QNetworkReply *reply, const std::function<bool()> &isCancelled)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled(isCancelled)) {
            reply->abort();
        }
    });
    cancelPoll.start(CANCEL_POLL_MS);
    if (!reply->isFinished()) {
        loop.exec();
    }
}

bool sleepUnlessCancelled(int ms, const std::function<bool()> &isCancelled)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        if (cancelled(isCancelled)) {
            return false;
        }
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(CANCEL_POLL_MS, ms - timer.elapsed()),
                           &loop,
                           &QEventLoop::quit);
        loop.exec();
    }
    return !cancelled(isCancelled);
}

} // namespace NetworkWait

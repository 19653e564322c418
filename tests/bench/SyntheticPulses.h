#pragma once

#include <QJsonObject>

/// A deterministic generator of pulses in the schema OTX sends today (2024-2025 subscribed
/// pages: lower-case `tlp`, int revision, int `public`, int64 indicator ids, naive UTC times).
/// Pulse `index` always gives the same JSON. About one indicator in ten is shared with the
/// previous pulse, so the store's de-duplication is exercised as on real feeds.
namespace SyntheticPulses {

QJsonObject pulse(int index, int indicatorsPerPulse);

/// The 24-hex OTX id of pulse `index`.
QString pulseId(int index);

} // namespace SyntheticPulses

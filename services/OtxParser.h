#pragma once

#include "models/Pulse.h"
#include "models/Result.h"

#include <QJsonArray>
#include <QJsonObject>

/// Turns what OTX sends into domain structs. Lenient about the schema drift OTX has shown
/// (TLP/tlp, float/int revision, bool/int public, null or missing optional fields, `_id` vs
/// `id`, timestamps with 0, 3 or 6 fractional digits); unknown fields stay in Pulse::rawJson
/// and unknown indicator types are kept as they are.
namespace OtxParser {

/// Fails only when the object has no pulse id.
Result<Pulse> parsePulse(const QJsonObject &object);

PulseIndicator parseIndicator(const QJsonObject &object);

QList<PulseIndicator> parseIndicators(const QJsonArray &array);

/// True when the embedded indicator list is known to be incomplete (`more_indicators`, or an
/// `indicator_count` larger than what is embedded).
bool needsIndicatorCompletion(const Pulse &pulse);

} // namespace OtxParser

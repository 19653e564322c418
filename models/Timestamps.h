#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

/// OTX timestamps: naive UTC with 0 to 6 fractional digits, sometimes `Z` or `+00:00`,
/// sometimes a space instead of `T`. Stored as milliseconds since the epoch, UTC.
namespace Timestamps {

/// Milliseconds since 1970-01-01T00:00:00Z, or nothing when the text is not a timestamp.
/// A string without an offset is UTC, never local time. Digits past milliseconds are dropped.
std::optional<qint64> parseUtcMs(QStringView text);

/// `2024-01-15T10:00:00.123Z`: ISO 8601, UTC, millisecond precision.
QString toIsoUtc(qint64 msecs);

/// The same instant as a QDateTime in UTC.
QDateTime toDateTime(qint64 msecs);

} // namespace Timestamps

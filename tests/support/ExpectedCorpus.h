#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

/// What a correct sync of a set of pulses must store, computed without any otxdesk code.
struct ExpectedCounts
{
    int pulses = 0;                      ///< distinct pulse ids (`id`, else legacy `_id`)
    int indicators = 0;                  ///< distinct (type, normalised value)
    int links = 0;                       ///< distinct (pulse id, type, normalised value)
    QMap<QString, int> indicatorsByType; ///< distinct indicators per OTX type name
};

/// The product's indicator identity rules, written out again independently for tests:
/// an indicator is one row per (type, normalised value), where normalised means trimmed;
/// `FileHash-*`, `domain`, `hostname` and `email` values lower-cased; trailing dots dropped
/// for `domain` and `hostname`; `IPv6` written in RFC 5952 form; everything else as given.
namespace ExpectedCorpus {

/// The normalised value of one indicator under the rules above.
QString normalisedValue(const QString &type, const QString &value);
/// RFC 5952 text of an IPv6 address, or an empty string when `text` is not one.
QString rfc5952(const QString &text);
/// Counts for the pulses as given; pulses repeated by id count once and their links merge.
ExpectedCounts expectedFor(const QList<QJsonObject> &pulses);

} // namespace ExpectedCorpus

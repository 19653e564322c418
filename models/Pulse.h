#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// One indicator as a pulse lists it. The value is kept as OTX sent it; the store derives the
/// normalised value that identifies the indicator across pulses.
struct PulseIndicator
{
    QString type;
    QString value;
    std::optional<qint64> otxId; ///< modern integer id (exceeds 2^31)
    QString legacyId;            ///< the older string `_id`, when that is what OTX sent
    QString title;               ///< null QString when OTX sent null or nothing
    QString description;
    QString role;
    QString content; ///< the rule text of a YARA indicator; null when OTX sent none
    std::optional<qint64> createdMs;
    std::optional<qint64> expirationMs;
    bool isActive = true;
};

/// A pulse with every field an analyst reads or filters on, and the JSON as received.
struct Pulse
{
    qint64 rowId = 0; ///< the store's key; 0 for a pulse not read from the store
    QString otxId;
    QString name;
    QString description; ///< null QString when OTX sent null
    QString author;
    std::optional<qint64> createdMs;
    std::optional<qint64> modifiedMs;
    int revision = 0;
    QString tlp; ///< lower case; empty when the pulse has none
    std::optional<bool> isPublic;
    QString adversary; ///< null QString when null or empty
    QStringList targetedCountries;
    QStringList industries;
    QStringList malwareFamilies;
    QStringList attackIds;
    QStringList tags;
    QStringList references;
    QList<PulseIndicator> indicators;
    int declaredIndicatorCount = -1; ///< `indicator_count` when OTX sent it
    bool moreIndicators = false;     ///< OTX says the embedded list is truncated
    QByteArray rawJson;              ///< compact JSON of the pulse object as received
};

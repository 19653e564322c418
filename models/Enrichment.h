#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// How an indicator's enrichment ended (indicator_enrichment.status).
namespace EnrichStatus {
inline const QString Enriched = QStringLiteral("enriched");  ///< every section answered
inline const QString NotFound = QStringLiteral("not_found"); ///< OTX knows nothing of it (404)
inline const QString Partial = QStringLiteral("partial");    ///< some sections failed
inline const QString Failed = QStringLiteral("failed");      ///< no section answered
} // namespace EnrichStatus

/// How one section's request ended (enrichments.status).
namespace SectionStatus {
inline const QString Ok = QStringLiteral("ok");
inline const QString NotFound = QStringLiteral("not_found");
inline const QString Failed = QStringLiteral("failed");
} // namespace SectionStatus

/// What the tables show for an enriched indicator, drawn from its OTX sections.
struct IndicatorSummary
{
    std::optional<int> pulseCount;
    std::optional<int> reputation; ///< threat score (reputation section), else general's
    QString country;
    QString asn;
    QStringList malwareFamilies;
    QStringList adversaries;
    QStringList attackIds;
    std::optional<qint64> firstSeenMs;
    std::optional<qint64> lastSeenMs;

    bool operator==(const IndicatorSummary &) const = default;
};

/// One indicator waiting for enrichment.
struct EnrichItem
{
    qint64 indicatorId = 0;
    QString type; ///< OTX type
    QString value;
    std::optional<qint64> enrichedAtMs; ///< when it was last enriched, if ever
    QString status;                     ///< EnrichStatus of that enrichment; empty if never
    /// Where pendingItems() ranked it: 0 MISP High-threat event, 1 a pulse's, 2 other MISP.
    int rank = 1;

    /// Enriched (or known to be unknown to OTX) at or after `staleBeforeMs`.
    bool isFresh(qint64 staleBeforeMs) const
    {
        return enrichedAtMs && *enrichedAtMs >= staleBeforeMs
               && (status == EnrichStatus::Enriched || status == EnrichStatus::NotFound);
    }
};

/// One section's answer, as received.
struct SectionResult
{
    QString section;
    QString status; ///< SectionStatus
    int httpStatus = 0;
    QByteArray body; ///< the JSON as received; empty unless status is ok
    QString error;
};

/// Everything one enrichment learnt about one indicator.
struct IndicatorResult
{
    qint64 indicatorId = 0;
    QString status; ///< EnrichStatus
    QList<SectionResult> sections;
    IndicatorSummary summary;
    QString error;
};

#pragma once

#include "models/Enrichment.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Counts for the enrichment panel.
struct EnrichStats
{
    struct Counts
    {
        int enriched = 0;      ///< within the freshness window (OTX answered, or knew nothing)
        int stale = 0;         ///< enriched before the window
        int never = 0;         ///< enrichable, never tried
        int failed = 0;        ///< the last try failed in part or whole
        int notEnrichable = 0; ///< a type OTX cannot enrich
    };
    Counts total;
    QHash<QString, Counts> byType;
};

/// Enrichment results per indicator and section, their summaries, and which indicators wait:
/// on one open connection. Enrichment belongs to the indicator (type + value), so every pulse
/// and MISP attribute with that value shares it.
class EnrichmentStore
{
    Q_DECLARE_TR_FUNCTIONS(EnrichmentStore)

public:
    explicit EnrichmentStore(QSqlDatabase db);

    /// The indicators the pulse carries now, with when each was last enriched. Code
    /// "enrich.no_pulse" when the store has no such pulse.
    Result<QList<EnrichItem>> itemsOfPulse(const QString &otxId) const;

    /// Indicators of the given types that wait: never enriched, enriched before
    /// `staleBeforeMs`, or whose last try failed. MISP attributes of High-threat events (threat
    /// level 1; MISP has no higher) come first, then indicators by their newest pulse, then
    /// the other MISP attributes by threat level. At most `limit` (-1: all).
    Result<QList<EnrichItem>> pendingItems(const QStringList &types,
                                           qint64 staleBeforeMs,
                                           int limit) const;

    /// The indicator's row id, creating the row for a value seen outside any pulse (pasted,
    /// or from MISP). `value` must already be normalised (IndicatorNormalizer).
    Result<qint64> upsertIndicator(const QString &type, const QString &value, qint64 nowMs);

    /// upsertIndicator(), and the indicator as an EnrichItem with its last enrichment.
    Result<EnrichItem> itemFor(const QString &type, const QString &value, qint64 nowMs);

    /// One MISP attribute, tied to its indicator.
    struct MispAttributeRow
    {
        QString uuid;
        qint64 indicatorId = 0;
        QString mispType;
        bool toIds = false;
        QString eventId;
        QString eventUuid;
        QString eventInfo;
        int threatLevel = 4;
        std::optional<qint64> timestampMs;
    };
    /// Records attributes of `server` (replacing what was known of them), in one transaction.
    Result<void> saveMispAttributes(const QString &server,
                                    const QList<MispAttributeRow> &rows,
                                    qint64 nowMs);

    /// Writes the results (sections as received, and each summary) in one transaction.
    Result<void> saveResults(const QList<IndicatorResult> &results, qint64 nowMs);

    /// The stored summary of an indicator, if it was ever enriched.
    Result<std::optional<IndicatorSummary>> summary(qint64 indicatorId) const;
    /// The sections stored for an indicator.
    Result<QList<SectionResult>> sections(qint64 indicatorId) const;

    /// Counts over every indicator in the store; `types` are the enrichable ones.
    Result<EnrichStats> stats(const QStringList &types, qint64 staleBeforeMs) const;

private:
    QSqlDatabase m_db;
};

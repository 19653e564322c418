#include "models/EnrichmentStore.h"

#include "models/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QVariant &v)
{
    QStringList out;
    for (const QJsonValue &item : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        out.append(item.toString());
    }
    return out;
}

QVariant nullableInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

using Database::nullableLong;
using Database::nullableText;

/// `?, ?, ?` for a list bound one by one.
QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

/// Failed and partial results wait again whatever their age.
const QString WAITING = u"(e.indicator_id IS NULL OR e.enriched_at < ? "
                        "OR e.status IN ('failed', 'partial'))"_s;

/// An EnrichItem from columns id, type, value, enriched_at, status.
EnrichItem readItem(const QSqlQuery &q)
{
    EnrichItem item;
    item.indicatorId = q.value(0).toLongLong();
    item.type = q.value(1).toString();
    item.value = q.value(2).toString();
    if (!q.value(3).isNull()) {
        item.enrichedAtMs = q.value(3).toLongLong();
    }
    item.status = q.value(4).toString();
    return item;
}

} // namespace

EnrichmentStore::EnrichmentStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QList<EnrichItem>> EnrichmentStore::itemsOfPulse(const QString &otxId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM pulses WHERE otx_id = ?"_s);
    q.addBindValue(otxId);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "finding a pulse"));
    }
    if (!q.next()) {
        return Error{tr("The store has no pulse %1. Sync it first.").arg(otxId),
                     {},
                     u"enrich.no_pulse"_s};
    }
    const qint64 pulseRowId = q.value(0).toLongLong();
    q.prepare(u"SELECT i.id, i.type, i.value, e.enriched_at, e.status FROM pulse_indicators pi "
              "JOIN indicators i ON i.id = pi.indicator_id "
              "LEFT JOIN indicator_enrichment e ON e.indicator_id = i.id "
              "WHERE pi.pulse_id = ? AND pi.linked = 1 ORDER BY i.id"_s);
    q.addBindValue(pulseRowId);
    if (!q.exec()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "reading a pulse's indicators"));
    }
    QList<EnrichItem> items;
    while (q.next()) {
        items.append(readItem(q));
    }
    return items;
}

Result<QList<EnrichItem>> EnrichmentStore::pendingItems(const QStringList &types,
                                                        qint64 staleBeforeMs,
                                                        int limit) const
{
    if (types.isEmpty() || limit == 0) {
        return QList<EnrichItem>{};
    }
    struct Ranked
    {
        EnrichItem item;
        int group = 0;    ///< 0 MISP High, 1 pulses, 2 other MISP
        qint64 order = 0; ///< within the group, smaller first
    };
    QHash<qint64, Ranked> ranked;
    auto offer = [&](const QSqlQuery &q, int group, qint64 order) {
        const qint64 id = q.value(0).toLongLong();
        const auto it = ranked.constFind(id);
        if (it != ranked.cend()
            && (it->group < group || (it->group == group && it->order <= order))) {
            return;
        }
        ranked.insert(id, {readItem(q), group, order});
    };

    // TODO(models): every waiting row is read and ranked here, then cut to `limit`; ranking
    // and limiting in SQL would keep a small Enrich quick on a store of millions.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT i.id, i.type, i.value, e.enriched_at, e.status, "
              "MIN(COALESCE(ma.threat_level, 4)) FROM misp_attributes ma "
              "JOIN indicators i ON i.id = ma.indicator_id "
              "LEFT JOIN indicator_enrichment e ON e.indicator_id = i.id "
              "WHERE i.type IN (%1) AND %2 "
              "GROUP BY i.id, i.type, i.value, e.enriched_at, e.status"_s.arg(
                      placeholders(types.size()),
                      WAITING));
    for (const QString &t : types) {
        q.addBindValue(t);
    }
    q.addBindValue(staleBeforeMs);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "listing MISP attributes to enrich"));
    }
    while (q.next()) {
        const int threat = q.value(5).toInt();
        offer(q, threat == 1 ? 0 : 2, threat);
    }

    q.prepare(u"SELECT i.id, i.type, i.value, e.enriched_at, e.status, "
              "MAX(COALESCE(p.modified, 0)) "
              "FROM pulse_indicators pi JOIN pulses p ON p.id = pi.pulse_id "
              "JOIN indicators i ON i.id = pi.indicator_id "
              "LEFT JOIN indicator_enrichment e ON e.indicator_id = i.id "
              "WHERE pi.linked = 1 AND i.type IN (%1) AND %2 "
              "GROUP BY i.id, i.type, i.value, e.enriched_at, e.status"_s.arg(
                      placeholders(types.size()),
                      WAITING));
    for (const QString &t : types) {
        q.addBindValue(t);
    }
    q.addBindValue(staleBeforeMs);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "listing pulse indicators to enrich"));
    }
    while (q.next()) {
        offer(q, 1, -q.value(5).toLongLong()); // newest pulse first
    }

    QList<Ranked> list = ranked.values();
    std::sort(list.begin(), list.end(), [](const Ranked &a, const Ranked &b) {
        if (a.group != b.group) {
            return a.group < b.group;
        }
        if (a.order != b.order) {
            return a.order < b.order;
        }
        return a.item.indicatorId < b.item.indicatorId;
    });
    QList<EnrichItem> items;
    const qsizetype count = limit < 0 ? list.size() : std::min<qsizetype>(limit, list.size());
    items.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        items.append(list[i].item);
        items.last().rank = list[i].group;
    }
    return items;
}

Result<qint64> EnrichmentStore::upsertIndicator(const QString &type,
                                                const QString &value,
                                                qint64 nowMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO indicators (type, value, first_seen) VALUES (?, ?, ?) "
              "ON CONFLICT (value, type) DO NOTHING"_s);
    q.addBindValue(type);
    q.addBindValue(value);
    q.addBindValue(nowMs);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "adding an indicator"));
    }
    q.prepare(u"SELECT id FROM indicators WHERE value = ? AND type = ?"_s);
    q.addBindValue(value);
    q.addBindValue(type);
    if (!q.exec() || !q.next()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "finding an indicator"));
    }
    return q.value(0).toLongLong();
}

// TODO(models): one INSERT and one SELECT per value, each its own transaction; a page of MISP
// attributes or a long pasted list would go faster as one multi-row upsert.
Result<EnrichItem> EnrichmentStore::itemFor(const QString &type, const QString &value, qint64 nowMs)
{
    const auto id = upsertIndicator(type, value, nowMs);
    if (!id) {
        return id.error();
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT i.id, i.type, i.value, e.enriched_at, e.status FROM indicators i "
              "LEFT JOIN indicator_enrichment e ON e.indicator_id = i.id WHERE i.id = ?"_s);
    q.addBindValue(id.value());
    if (!q.exec() || !q.next()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "reading an indicator"));
    }
    return readItem(q);
}

Result<void> EnrichmentStore::saveMispAttributes(const QString &server,
                                                 const QList<MispAttributeRow> &rows,
                                                 qint64 nowMs)
{
    if (rows.isEmpty()) {
        return {};
    }
    if (auto begun = Database::beginWrite(m_db); !begun) {
        return begun;
    }
    {
        QSqlQuery q(m_db);
        q.prepare(u"INSERT INTO misp_attributes (server, attribute_uuid, indicator_id, misp_type, "
                  "to_ids, event_id, event_uuid, event_info, threat_level, attribute_timestamp, "
                  "fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                  "ON CONFLICT (server, attribute_uuid) DO UPDATE SET "
                  "indicator_id = excluded.indicator_id, misp_type = excluded.misp_type, "
                  "to_ids = excluded.to_ids, event_id = excluded.event_id, "
                  "event_uuid = excluded.event_uuid, event_info = excluded.event_info, "
                  "threat_level = excluded.threat_level, "
                  "attribute_timestamp = excluded.attribute_timestamp, "
                  "fetched_at = excluded.fetched_at"_s);
        for (const MispAttributeRow &r : rows) {
            q.addBindValue(server);
            q.addBindValue(r.uuid);
            q.addBindValue(r.indicatorId);
            q.addBindValue(r.mispType);
            q.addBindValue(r.toIds ? 1 : 0);
            q.addBindValue(nullableText(r.eventId));
            q.addBindValue(nullableText(r.eventUuid));
            q.addBindValue(nullableText(r.eventInfo));
            q.addBindValue(r.threatLevel);
            q.addBindValue(nullableLong(r.timestampMs));
            q.addBindValue(nowMs);
            if (!q.exec()) {
                Error e = Database::queryError(
                        q,
                        QT_TRANSLATE_NOOP("Database", "saving MISP attributes"));
                Database::rollback(m_db);
                return e;
            }
        }
    }
    return Database::commit(m_db);
}

Result<void> EnrichmentStore::saveResults(const QList<IndicatorResult> &results, qint64 nowMs)
{
    if (results.isEmpty()) {
        return {};
    }
    if (auto begun = Database::beginWrite(m_db); !begun) {
        return begun;
    }
    auto fail = [&](const QSqlQuery &q, const char *what) -> Result<void> {
        Error e = Database::queryError(q, what);
        Database::rollback(m_db);
        return e;
    };
    {
        QSqlQuery section(m_db);
        section.prepare(u"INSERT INTO enrichments (indicator_id, section, status, http_status, "
                        "body, fetched_at) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (indicator_id, section) DO UPDATE SET "
                        "status = excluded.status, http_status = excluded.http_status, "
                        "body = excluded.body, fetched_at = excluded.fetched_at"_s);
        QSqlQuery summary(m_db);
        summary.prepare(u"INSERT INTO indicator_enrichment (indicator_id, status, pulse_count, "
                        "reputation, country, asn, malware_families, adversaries, attack_ids, "
                        "first_seen, last_seen, enriched_at, error) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (indicator_id) DO UPDATE SET status = excluded.status, "
                        "pulse_count = excluded.pulse_count, reputation = excluded.reputation, "
                        "country = excluded.country, asn = excluded.asn, "
                        "malware_families = excluded.malware_families, "
                        "adversaries = excluded.adversaries, attack_ids = excluded.attack_ids, "
                        "first_seen = excluded.first_seen, last_seen = excluded.last_seen, "
                        "enriched_at = excluded.enriched_at, error = excluded.error"_s);
        for (const IndicatorResult &r : results) {
            for (const SectionResult &s : r.sections) {
                section.addBindValue(r.indicatorId);
                section.addBindValue(s.section);
                section.addBindValue(s.status);
                section.addBindValue(s.httpStatus);
                section.addBindValue(s.body.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                                      : QVariant(QString::fromUtf8(s.body)));
                section.addBindValue(nowMs);
                if (!section.exec()) {
                    return fail(section,
                                QT_TRANSLATE_NOOP("Database", "saving an enrichment section"));
                }
            }
            const IndicatorSummary &m = r.summary;
            summary.addBindValue(r.indicatorId);
            summary.addBindValue(r.status);
            summary.addBindValue(nullableInt(m.pulseCount));
            summary.addBindValue(nullableInt(m.reputation));
            summary.addBindValue(nullableText(m.country));
            summary.addBindValue(nullableText(m.asn));
            summary.addBindValue(jsonList(m.malwareFamilies));
            summary.addBindValue(jsonList(m.adversaries));
            summary.addBindValue(jsonList(m.attackIds));
            summary.addBindValue(nullableLong(m.firstSeenMs));
            summary.addBindValue(nullableLong(m.lastSeenMs));
            summary.addBindValue(nowMs);
            summary.addBindValue(nullableText(r.error));
            if (!summary.exec()) {
                return fail(summary, QT_TRANSLATE_NOOP("Database", "saving an enrichment summary"));
            }
        }
    }
    return Database::commit(m_db);
}

Result<std::optional<IndicatorSummary>> EnrichmentStore::summary(qint64 indicatorId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pulse_count, reputation, country, asn, malware_families, adversaries, "
              "attack_ids, first_seen, last_seen FROM indicator_enrichment "
              "WHERE indicator_id = ?"_s);
    q.addBindValue(indicatorId);
    if (!q.exec()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "reading an enrichment summary"));
    }
    if (!q.next()) {
        return std::optional<IndicatorSummary>{};
    }
    IndicatorSummary s;
    if (!q.value(0).isNull()) {
        s.pulseCount = q.value(0).toInt();
    }
    if (!q.value(1).isNull()) {
        s.reputation = q.value(1).toInt();
    }
    s.country = q.value(2).toString();
    s.asn = q.value(3).toString();
    s.malwareFamilies = fromJsonList(q.value(4));
    s.adversaries = fromJsonList(q.value(5));
    s.attackIds = fromJsonList(q.value(6));
    if (!q.value(7).isNull()) {
        s.firstSeenMs = q.value(7).toLongLong();
    }
    if (!q.value(8).isNull()) {
        s.lastSeenMs = q.value(8).toLongLong();
    }
    return std::optional<IndicatorSummary>(s);
}

Result<QList<SectionResult>> EnrichmentStore::sections(qint64 indicatorId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT section, status, http_status, body FROM enrichments "
              "WHERE indicator_id = ? ORDER BY section"_s);
    q.addBindValue(indicatorId);
    if (!q.exec()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "reading enrichment sections"));
    }
    QList<SectionResult> out;
    while (q.next()) {
        SectionResult s;
        s.section = q.value(0).toString();
        s.status = q.value(1).toString();
        s.httpStatus = q.value(2).toInt();
        s.body = q.value(3).toString().toUtf8();
        out.append(s);
    }
    return out;
}

Result<EnrichStats> EnrichmentStore::stats(const QStringList &types, qint64 staleBeforeMs) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT i.type, "
              "CASE WHEN e.indicator_id IS NULL THEN 'never' "
              "WHEN e.status IN ('failed', 'partial') THEN 'failed' "
              "WHEN e.enriched_at < ? THEN 'stale' ELSE 'enriched' END AS state, COUNT(*) "
              "FROM indicators i LEFT JOIN indicator_enrichment e ON e.indicator_id = i.id "
              "GROUP BY i.type, state"_s);
    q.addBindValue(staleBeforeMs);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "counting enrichments"));
    }
    const QSet<QString> enrichable(types.cbegin(), types.cend());
    EnrichStats stats;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString state = q.value(1).toString();
        const int n = q.value(2).toInt();
        for (EnrichStats::Counts *c : {&stats.total, &stats.byType[type]}) {
            if (!enrichable.contains(type) && state == u"never"_s) {
                c->notEnrichable += n;
            } else if (state == u"never"_s) {
                c->never += n;
            } else if (state == u"failed"_s) {
                c->failed += n;
            } else if (state == u"stale"_s) {
                c->stale += n;
            } else {
                c->enriched += n;
            }
        }
    }
    return stats;
}

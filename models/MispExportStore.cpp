#include "models/MispExportStore.h"

#include "models/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant optionalValue(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int));
}

using Database::nullableText;
using Database::optionalLong;

} // namespace

MispExportStore::MispExportStore(QSqlDatabase db, QString server)
    : m_db(std::move(db))
    , m_server(std::move(server))
{
}

QString MispExportStore::pendingReasonSql()
{
    return u"CASE WHEN e.pulse_id IS NULL THEN 'new' "
           "WHEN e.status = 'failed' THEN 'failed' "
           "WHEN e.status = 'partial' THEN 'partial' "
           "WHEN e.status IN ('exported', 'skipped') AND "
           "(e.exported_revision IS NULL OR p.revision <> e.exported_revision "
           "OR COALESCE(p.modified, 0) <> COALESCE(e.exported_modified, 0)) "
           "THEN 'changed' END"_s;
}

QString MispExportStore::serverKey(const QString &baseUrl)
{
    QUrl url(baseUrl.trimmed());
    url.setQuery(QString());
    url.setFragment(QString());
    QString key = url.toString(QUrl::NormalizePathSegments);
    while (key.endsWith(u'/')) {
        key.chop(1);
    }
    return key;
}

Result<std::optional<MispExportState>> MispExportStore::state(qint64 pulseRowId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT event_id, event_uuid, status, exported_revision, exported_modified, "
              "exported_at, attempted_at, published_at, attributes_sent, attributes_accepted, "
              "attributes_rejected, attributes_skipped, tlp_tag, tlp_defaulted, last_error "
              "FROM misp_events WHERE server = ? AND pulse_id = ?"_s);
    q.addBindValue(m_server);
    q.addBindValue(pulseRowId);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "reading a pulse's export state"));
    }
    if (!q.next()) {
        return std::optional<MispExportState>();
    }
    MispExportState s;
    s.pulseRowId = pulseRowId;
    s.eventId = q.value(0).toString();
    s.eventUuid = q.value(1).toString();
    s.status = q.value(2).toString();
    if (!q.value(3).isNull()) {
        s.exportedRevision = q.value(3).toInt();
    }
    s.exportedModifiedMs = optionalLong(q.value(4));
    s.exportedAtMs = optionalLong(q.value(5));
    s.attemptedAtMs = q.value(6).toLongLong();
    s.publishedAtMs = optionalLong(q.value(7));
    s.attributesSent = q.value(8).toInt();
    s.attributesAccepted = q.value(9).toInt();
    s.attributesRejected = q.value(10).toInt();
    s.attributesSkipped = q.value(11).toInt();
    s.tlpTag = q.value(12).toString();
    s.tlpDefaulted = q.value(13).toInt() != 0;
    s.lastError = q.value(14).toString();
    return std::optional<MispExportState>(s);
}

Result<void> MispExportStore::saveState(const MispExportState &s,
                                        const std::optional<QList<MispExportProblem>> &problems)
{
    if (auto begun = Database::beginWrite(m_db); !begun) {
        return begun;
    }
    QSqlQuery q(m_db);
    auto fail = [&](const char *what) -> Result<void> {
        Error e = Database::queryError(q, what);
        q.finish();
        Database::rollback(m_db);
        return e;
    };
    q.prepare(u"INSERT INTO misp_events (server, pulse_id, event_id, event_uuid, status, "
              "exported_revision, exported_modified, exported_at, attempted_at, published_at, "
              "attributes_sent, attributes_accepted, attributes_rejected, attributes_skipped, "
              "tlp_tag, tlp_defaulted, last_error) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
              "ON CONFLICT (server, pulse_id) DO UPDATE SET event_id = excluded.event_id, "
              "event_uuid = excluded.event_uuid, status = excluded.status, "
              "exported_revision = excluded.exported_revision, "
              "exported_modified = excluded.exported_modified, "
              "exported_at = excluded.exported_at, attempted_at = excluded.attempted_at, "
              "published_at = excluded.published_at, "
              "attributes_sent = excluded.attributes_sent, "
              "attributes_accepted = excluded.attributes_accepted, "
              "attributes_rejected = excluded.attributes_rejected, "
              "attributes_skipped = excluded.attributes_skipped, tlp_tag = excluded.tlp_tag, "
              "tlp_defaulted = excluded.tlp_defaulted, last_error = excluded.last_error"_s);
    q.addBindValue(m_server);
    q.addBindValue(s.pulseRowId);
    q.addBindValue(nullableText(s.eventId));
    q.addBindValue(s.eventUuid);
    q.addBindValue(s.status);
    q.addBindValue(optionalValue(s.exportedRevision));
    q.addBindValue(optionalValue(s.exportedModifiedMs));
    q.addBindValue(optionalValue(s.exportedAtMs));
    q.addBindValue(s.attemptedAtMs);
    q.addBindValue(optionalValue(s.publishedAtMs));
    q.addBindValue(s.attributesSent);
    q.addBindValue(s.attributesAccepted);
    q.addBindValue(s.attributesRejected);
    q.addBindValue(s.attributesSkipped);
    q.addBindValue(nullableText(s.tlpTag));
    q.addBindValue(s.tlpDefaulted ? 1 : 0);
    q.addBindValue(nullableText(s.lastError));
    if (!q.exec()) {
        return fail(QT_TRANSLATE_NOOP("Database", "saving a pulse's export state"));
    }
    if (problems) {
        q.prepare(u"DELETE FROM misp_export_problems WHERE server = ? AND pulse_id = ?"_s);
        q.addBindValue(m_server);
        q.addBindValue(s.pulseRowId);
        if (!q.exec()) {
            return fail(QT_TRANSLATE_NOOP("Database", "clearing a pulse's export problems"));
        }
        // Problems are few per pulse (refusals, unsupported types): one prepared statement.
        q.prepare(u"INSERT INTO misp_export_problems (server, pulse_id, kind, otx_type, "
                  "misp_type, value, attribute_uuid, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const MispExportProblem &p : *problems) {
            q.bindValue(0, m_server);
            q.bindValue(1, s.pulseRowId);
            q.bindValue(2, p.kind);
            q.bindValue(3, nullableText(p.otxType));
            q.bindValue(4, nullableText(p.mispType));
            q.bindValue(5, p.value);
            q.bindValue(6, nullableText(p.attributeUuid));
            q.bindValue(7, p.reason);
            if (!q.exec()) {
                return fail(QT_TRANSLATE_NOOP("Database", "recording a pulse's export problems"));
            }
        }
    }
    q.finish();
    return Database::commit(m_db);
}

Result<QList<MispExportProblem>> MispExportStore::problems(qint64 pulseRowId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT kind, otx_type, misp_type, value, attribute_uuid, reason "
              "FROM misp_export_problems WHERE server = ? AND pulse_id = ? "
              "ORDER BY kind, misp_type, value"_s);
    q.addBindValue(m_server);
    q.addBindValue(pulseRowId);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "reading a pulse's export problems"));
    }
    QList<MispExportProblem> out;
    while (q.next()) {
        out.append(MispExportProblem{q.value(0).toString(),
                                     q.value(1).toString(),
                                     q.value(2).toString(),
                                     q.value(3).toString(),
                                     q.value(4).toString(),
                                     q.value(5).toString()});
    }
    return out;
}

Result<QList<MispPendingPulse>> MispExportStore::pending(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql =
            u"SELECT p.id, p.otx_id, p.name, %1 AS reason, e.last_error FROM pulses p "
            "LEFT JOIN misp_events e ON e.pulse_id = p.id AND e.server = ? "
            "WHERE %1 IS NOT NULL ORDER BY COALESCE(p.modified, p.created, 0), p.otx_id"_s.arg(
                    pendingReasonSql());
    if (limit >= 0) {
        sql += u" LIMIT %1"_s.arg(limit);
    }
    q.prepare(sql);
    q.addBindValue(m_server);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "listing pulses waiting for export"));
    }
    QList<MispPendingPulse> out;
    while (q.next()) {
        out.append(MispPendingPulse{q.value(0).toLongLong(),
                                    q.value(1).toString(),
                                    q.value(2).toString(),
                                    q.value(3).toString(),
                                    q.value(4).toString()});
    }
    return out;
}

Result<QJsonObject> MispExportStore::stats()
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*), "
              "SUM(CASE WHEN e.status = 'exported' AND %1 IS NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN %1 IS NOT NULL THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.status = 'failed' THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.status = 'blocked' THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.status = 'skipped' THEN 1 ELSE 0 END), "
              "SUM(CASE WHEN e.published_at IS NOT NULL THEN 1 ELSE 0 END) "
              "FROM pulses p LEFT JOIN misp_events e ON e.pulse_id = p.id AND e.server = ?"_s.arg(
                      pendingReasonSql()));
    q.addBindValue(m_server);
    if (!q.exec() || !q.next()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "counting exported pulses"));
    }
    QJsonObject out;
    const QStringList keys = {u"pulses"_s,
                              u"exported"_s,
                              u"pending"_s,
                              u"failed"_s,
                              u"blocked"_s,
                              u"skipped"_s,
                              u"published"_s};
    for (int i = 0; i < keys.size(); ++i) {
        out.insert(keys.at(i), q.value(i).toLongLong());
    }
    return out;
}

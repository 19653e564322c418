#include "models/PulseStore.h"

#include "models/Database.h"
#include "models/IndicatorNormalizer.h"
#include "models/Logging.h"
#include "models/Timestamps.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSysInfo>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cerrno>
#include <csignal>

using namespace Qt::StringLiterals;

/// One pulse-indicator link as staged before the merge.
struct StagedLink
{
    qint64 pulseRowId;
    const PulseIndicator *indicator;
    QString normalized;
};

namespace {

// "host:pid" of this process, so that a later start can tell a dead run from a live one.
QString processOwner()
{
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        out.append(v.toString());
    }
    return out;
}

QVariant optionalInt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

/// A field OTX's JSON left out (a null QString) is stored as NULL; an empty one as ''.
QVariant absentAsNull(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QJsonValue jsonTime(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null)
                      : QJsonValue(Timestamps::toIsoUtc(v.toLongLong()));
}

QJsonValue jsonText(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

// COPY text format: backslash, tab, newline and carriage return are escaped; NULL is \N.
void appendCopyField(QByteArray &line, const QVariant &value, bool last)
{
    if (value.isNull()) {
        line += "\\N";
    } else {
        const QByteArray utf8 = value.toString().toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '\\':
                line += "\\\\";
                break;
            case '\t':
                line += "\\t";
                break;
            case '\n':
                line += "\\n";
                break;
            case '\r':
                line += "\\r";
                break;
            default:
                line += c;
            }
        }
    }
    line += last ? '\n' : '\t';
}

const QString STAGE_COLUMNS = u"pulse_id, type, value, raw_value, otx_indicator_id, otx_legacy_id, "
                              "title, description, role, created, expiration, is_active, content"_s;

} // namespace

SyncCounts &SyncCounts::operator+=(const SyncCounts &other)
{
    pages += other.pages;
    pulsesFetched += other.pulsesFetched;
    pulsesNew += other.pulsesNew;
    pulsesUpdated += other.pulsesUpdated;
    pulsesUnchanged += other.pulsesUnchanged;
    indicatorsNew += other.indicatorsNew;
    indicatorsLinked += other.indicatorsLinked;
    indicatorsUnlinked += other.indicatorsUnlinked;
    if (other.maxModifiedMs && (!maxModifiedMs || *other.maxModifiedMs > *maxModifiedMs)) {
        maxModifiedMs = other.maxModifiedMs;
    }
    return *this;
}

PulseStore::PulseStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_postgres(Database::isPostgres(m_db))
{
}

Result<void> PulseStore::ensureStaging()
{
    if (m_stagingReady) {
        return {};
    }
    // Temporary tables live as long as the connection; each job has its own connection.
    const QString temp = u"CREATE TEMP TABLE IF NOT EXISTS"_s;
    if (auto r = Database::exec(m_db,
                                temp
                                        + u" stage_links (pulse_id BIGINT, type TEXT, value TEXT, "
                                          "raw_value TEXT, otx_indicator_id BIGINT, "
                                          "otx_legacy_id TEXT, title TEXT, description TEXT, "
                                          "role TEXT, created BIGINT, expiration BIGINT, "
                                          "is_active INTEGER, content TEXT)"_s);
        !r) {
        return r;
    }
    if (auto r = Database::exec(m_db, temp + u" stage_pulses (pulse_id BIGINT PRIMARY KEY)"_s);
        !r) {
        return r;
    }
    m_stagingReady = true;
    return {};
}

Result<void> PulseStore::stageLinksSqlite(const QList<StagedLink> &links)
{
    // Through SQLite's own API on the driver's handle: the same prepared statement as a
    // QSqlQuery, without a QVariant per bound value (five times faster on large pages).
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *conn = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.data()) : nullptr;
    if (!conn) {
        return Error{u"The SQLite connection has no native handle."_s, {}};
    }
    auto sqliteError = [conn](const char *what) {
        const QString detail = QString::fromUtf8(sqlite3_errmsg(conn));
        qCCritical(lcStore) << "Staging failed."
                            << "while:" << QString::fromUtf8(what) << "error:" << detail;
        return Error{Database::failedWhile(what), detail};
    };
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = u"INSERT INTO stage_links (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)"_s.arg(STAGE_COLUMNS)
                                   .toUtf8();
    if (sqlite3_prepare_v2(conn, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        return sqliteError(QT_TRANSLATE_NOOP("Database", "preparing to stage indicators"));
    }
    auto bindText = [stmt](int column, const QString &text) {
        if (text.isNull()) {
            sqlite3_bind_null(stmt, column);
        } else {
            sqlite3_bind_text16(stmt,
                                column,
                                text.utf16(),
                                static_cast<int>(text.size() * sizeof(char16_t)),
                                SQLITE_TRANSIENT);
        }
    };
    auto bindInt = [stmt](int column, const std::optional<qint64> &value) {
        if (value) {
            sqlite3_bind_int64(stmt, column, *value);
        } else {
            sqlite3_bind_null(stmt, column);
        }
    };
    Result<void> result;
    for (const StagedLink &link : links) {
        const PulseIndicator &ind = *link.indicator;
        sqlite3_bind_int64(stmt, 1, link.pulseRowId);
        bindText(2, ind.type);
        bindText(3, link.normalized);
        bindText(4, ind.value);
        bindInt(5, ind.otxId);
        bindText(6, ind.legacyId);
        bindText(7, ind.title);
        bindText(8, ind.description);
        bindText(9, ind.role);
        bindInt(10, ind.createdMs);
        bindInt(11, ind.expirationMs);
        sqlite3_bind_int(stmt, 12, ind.isActive ? 1 : 0);
        bindText(13, ind.content);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            result = sqliteError(QT_TRANSLATE_NOOP("Database", "staging indicators"));
            break;
        }
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    return result;
}

Result<void> PulseStore::stageLinksPostgres(const QList<StagedLink> &links)
{
    const QVariant handle = m_db.driver()->handle();
    PGconn *conn = handle.isValid() ? *static_cast<PGconn *const *>(handle.data()) : nullptr;
    if (!conn) {
        return Error{u"The Postgres connection has no native handle."_s, {}};
    }
    auto pgError = [conn](const char *what) {
        const QString detail = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        qCCritical(lcStore) << "COPY failed."
                            << "while:" << QString::fromUtf8(what) << "error:" << detail;
        return Error{Database::failedWhile(what), detail};
    };
    PGresult *res =
            PQexec(conn,
                   u"COPY stage_links (%1) FROM STDIN"_s.arg(STAGE_COLUMNS).toUtf8().constData());
    const bool started = PQresultStatus(res) == PGRES_COPY_IN;
    PQclear(res);
    if (!started) {
        return pgError(QT_TRANSLATE_NOOP("Database", "starting COPY of indicators"));
    }
    QByteArray buffer;
    buffer.reserve(1 << 20);
    for (const StagedLink &link : links) {
        const PulseIndicator &ind = *link.indicator;
        appendCopyField(buffer, link.pulseRowId, false);
        appendCopyField(buffer, ind.type, false);
        appendCopyField(buffer, link.normalized, false);
        appendCopyField(buffer, ind.value, false);
        appendCopyField(buffer, optionalInt(ind.otxId), false);
        appendCopyField(buffer, absentAsNull(ind.legacyId), false);
        appendCopyField(buffer, absentAsNull(ind.title), false);
        appendCopyField(buffer, absentAsNull(ind.description), false);
        appendCopyField(buffer, absentAsNull(ind.role), false);
        appendCopyField(buffer, optionalInt(ind.createdMs), false);
        appendCopyField(buffer, optionalInt(ind.expirationMs), false);
        appendCopyField(buffer, ind.isActive ? 1 : 0, false);
        appendCopyField(buffer, absentAsNull(ind.content), true);
        if (buffer.size() > (1 << 20)) {
            if (PQputCopyData(conn, buffer.constData(), static_cast<int>(buffer.size())) != 1) {
                return pgError(QT_TRANSLATE_NOOP("Database", "sending indicators with COPY"));
            }
            buffer.clear();
        }
    }
    if (!buffer.isEmpty()
        && PQputCopyData(conn, buffer.constData(), static_cast<int>(buffer.size())) != 1) {
        return pgError(QT_TRANSLATE_NOOP("Database", "sending indicators with COPY"));
    }
    if (PQputCopyEnd(conn, nullptr) != 1) {
        return pgError(QT_TRANSLATE_NOOP("Database", "ending COPY of indicators"));
    }
    bool ok = true;
    while (PGresult *r = PQgetResult(conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
        }
        PQclear(r);
    }
    if (!ok) {
        return pgError(QT_TRANSLATE_NOOP("Database", "copying indicators"));
    }
    // A temporary table has no statistics; without them the planner joins it badly.
    res = PQexec(conn, "ANALYZE stage_links");
    const bool analyzed = PQresultStatus(res) == PGRES_COMMAND_OK;
    PQclear(res);
    if (!analyzed) {
        return pgError(QT_TRANSLATE_NOOP("Database", "analysing staged indicators"));
    }
    return {};
}

Result<SyncCounts> PulseStore::writePage(const QList<Pulse> &pulses, qint64 runId)
{
    SyncCounts counts;
    counts.pages = 1;
    counts.pulsesFetched = static_cast<int>(pulses.size());
    if (auto r = ensureStaging(); !r) {
        return r.error();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto r = Database::beginWrite(m_db); !r) {
        return r.error();
    }
    auto fail = [this](const Error &e) -> Result<SyncCounts> {
        Database::rollback(m_db);
        return e;
    };

    QElapsedTimer phase;
    phase.start();
    QList<qint64> phaseNs;
    QList<StagedLink> links;
    QList<qint64> updatedRowIds;
    {
        QSqlQuery find(m_db);
        find.prepare(u"SELECT id, revision, modified FROM pulses WHERE otx_id = ?"_s);
        QSqlQuery insert(m_db);
        insert.prepare(
                u"INSERT INTO pulses (otx_id, name, description, author, created, modified, "
                "revision, tlp, public, adversary, targeted_countries, industries, "
                "malware_families, attack_ids, tags, refs, indicator_count, synced_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        QSqlQuery update(m_db);
        update.prepare(u"UPDATE pulses SET otx_id = ?, name = ?, description = ?, author = ?, "
                       "created = ?, modified = ?, revision = ?, tlp = ?, public = ?, "
                       "adversary = ?, targeted_countries = ?, industries = ?, "
                       "malware_families = ?, attack_ids = ?, tags = ?, refs = ?, "
                       "indicator_count = ?, synced_at = ? WHERE id = ?"_s);
        QSqlQuery saveJson(m_db);
        saveJson.prepare(u"INSERT INTO pulse_json (pulse_id, raw_json) VALUES (?, ?) "
                         "ON CONFLICT (pulse_id) DO UPDATE SET raw_json = excluded.raw_json"_s);

        QSet<QString> seenInPage;
        for (const Pulse &pulse : pulses) {
            if (pulse.modifiedMs
                && (!counts.maxModifiedMs || *pulse.modifiedMs > *counts.maxModifiedMs)) {
                counts.maxModifiedMs = pulse.modifiedMs;
            }
            // A page that repeats a pulse stores it once.
            if (seenInPage.contains(pulse.otxId)) {
                ++counts.pulsesUnchanged;
                continue;
            }
            seenInPage.insert(pulse.otxId);

            find.bindValue(0, pulse.otxId);
            if (!find.exec()) {
                return fail(
                        Database::queryError(find,
                                             QT_TRANSLATE_NOOP("Database", "looking up a pulse")));
            }
            qint64 rowId = 0;
            bool exists = false;
            if (find.next()) {
                exists = true;
                rowId = find.value(0).toLongLong();
                const int storedRevision = find.value(1).toInt();
                const QVariant storedModified = find.value(2);
                const bool newerRevision = pulse.revision > storedRevision;
                const bool laterModified = pulse.modifiedMs
                                           && (storedModified.isNull()
                                               || *pulse.modifiedMs > storedModified.toLongLong());
                if (!newerRevision && !laterModified) {
                    ++counts.pulsesUnchanged;
                    find.finish();
                    continue;
                }
            }
            find.finish();

            // De-duplicate the pulse's indicators on (type, normalised value); first one wins.
            QList<StagedLink> pulseLinks;
            pulseLinks.reserve(pulse.indicators.size());
            QSet<QString> seen;
            seen.reserve(pulse.indicators.size());
            for (const PulseIndicator &ind : pulse.indicators) {
                QString normalized = IndicatorNormalizer::normalize(ind.type, ind.value);
                if (normalized.isEmpty()) {
                    continue;
                }
                const QString key = ind.type + QChar(0x1f) + normalized;
                if (seen.contains(key)) {
                    continue;
                }
                seen.insert(key);
                pulseLinks.append(StagedLink{0, &ind, std::move(normalized)});
            }

            QSqlQuery &q = exists ? update : insert;
            q.bindValue(0, pulse.otxId);
            q.bindValue(1, pulse.name);
            q.bindValue(2, absentAsNull(pulse.description));
            q.bindValue(3, absentAsNull(pulse.author));
            q.bindValue(4, optionalInt(pulse.createdMs));
            q.bindValue(5, optionalInt(pulse.modifiedMs));
            q.bindValue(6, pulse.revision);
            q.bindValue(7,
                        pulse.tlp.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(pulse.tlp));
            q.bindValue(8,
                        pulse.isPublic ? QVariant(*pulse.isPublic ? 1 : 0)
                                       : QVariant(QMetaType::fromType<int>()));
            q.bindValue(9, absentAsNull(pulse.adversary));
            q.bindValue(10, jsonList(pulse.targetedCountries));
            q.bindValue(11, jsonList(pulse.industries));
            q.bindValue(12, jsonList(pulse.malwareFamilies));
            q.bindValue(13, jsonList(pulse.attackIds));
            q.bindValue(14, jsonList(pulse.tags));
            q.bindValue(15, jsonList(pulse.references));
            q.bindValue(16, static_cast<int>(pulseLinks.size()));
            q.bindValue(17, now);
            if (exists) {
                q.bindValue(18, rowId);
            }
            if (!q.exec()) {
                return fail(Database::queryError(q,
                                                 QT_TRANSLATE_NOOP("Database", "storing pulse %1"),
                                                 pulse.otxId));
            }
            if (exists) {
                ++counts.pulsesUpdated;
                updatedRowIds.append(rowId);
            } else {
                if (!q.next()) {
                    return fail(Database::queryError(
                            q,
                            QT_TRANSLATE_NOOP("Database", "reading a new pulse's id")));
                }
                rowId = q.value(0).toLongLong();
                ++counts.pulsesNew;
            }
            q.finish();
            saveJson.bindValue(0, rowId);
            saveJson.bindValue(1, QString::fromUtf8(pulse.rawJson));
            if (!saveJson.exec()) {
                return fail(
                        Database::queryError(saveJson,
                                             QT_TRANSLATE_NOOP("Database", "storing pulse JSON")));
            }
            for (StagedLink &link : pulseLinks) {
                link.pulseRowId = rowId;
            }
            links.append(std::move(pulseLinks));
        }
    }

    if (!links.isEmpty() || !updatedRowIds.isEmpty()) {
        phaseNs.append(phase.nsecsElapsed());
        auto staged = m_postgres ? stageLinksPostgres(links) : stageLinksSqlite(links);
        phaseNs.append(phase.nsecsElapsed());
        if (!staged) {
            return fail(staged.error());
        }
        QSqlQuery q(m_db);
        if (!updatedRowIds.isEmpty()) {
            q.prepare(u"INSERT INTO stage_pulses (pulse_id) VALUES (?)"_s);
            for (const qint64 id : std::as_const(updatedRowIds)) {
                q.bindValue(0, id);
                if (!q.exec()) {
                    return fail(Database::queryError(
                            q,
                            QT_TRANSLATE_NOOP("Database", "staging updated pulses")));
                }
            }
        }
        q.prepare(u"INSERT INTO indicators (type, value, first_seen) "
                  "SELECT type, value, CAST(? AS BIGINT) FROM stage_links WHERE true "
                  "ON CONFLICT (value, type) DO NOTHING"_s);
        q.addBindValue(now);
        if (!q.exec()) {
            return fail(
                    Database::queryError(q,
                                         QT_TRANSLATE_NOOP("Database", "adding new indicators")));
        }
        counts.indicatorsNew = q.numRowsAffected();
        phaseNs.append(phase.nsecsElapsed());

        if (updatedRowIds.isEmpty()) {
            counts.indicatorsLinked = links.size();
        } else {
            if (!q.exec(u"SELECT COUNT(*) FROM stage_links s "
                        "JOIN indicators i ON i.type = s.type AND i.value = s.value "
                        "LEFT JOIN pulse_indicators pi "
                        "ON pi.pulse_id = s.pulse_id AND pi.indicator_id = i.id "
                        "WHERE pi.pulse_id IS NULL OR pi.linked = 0"_s)
                || !q.next()) {
                return fail(
                        Database::queryError(q,
                                             QT_TRANSLATE_NOOP("Database", "counting new links")));
            }
            counts.indicatorsLinked = q.value(0).toLongLong();
            q.finish();
            q.prepare(u"UPDATE pulse_indicators SET linked = 0, unlinked_at = ? "
                      "WHERE linked = 1 AND pulse_id IN (SELECT pulse_id FROM stage_pulses) "
                      "AND NOT EXISTS (SELECT 1 FROM stage_links s JOIN indicators i "
                      "ON i.type = s.type AND i.value = s.value "
                      "WHERE s.pulse_id = pulse_indicators.pulse_id "
                      "AND i.id = pulse_indicators.indicator_id)"_s);
            q.addBindValue(now);
            if (!q.exec()) {
                return fail(Database::queryError(
                        q,
                        QT_TRANSLATE_NOOP("Database", "unlinking indicators that left a pulse")));
            }
            counts.indicatorsUnlinked = q.numRowsAffected();
        }

        if (!q.exec(u"INSERT INTO pulse_indicators (pulse_id, indicator_id, raw_value, "
                    "otx_indicator_id, otx_legacy_id, title, description, role, created, "
                    "expiration, is_active, content, linked, unlinked_at) "
                    "SELECT s.pulse_id, i.id, s.raw_value, s.otx_indicator_id, s.otx_legacy_id, "
                    "s.title, s.description, s.role, s.created, s.expiration, s.is_active, "
                    "s.content, 1, NULL FROM stage_links s "
                    "JOIN indicators i ON i.type = s.type AND i.value = s.value WHERE true "
                    "ON CONFLICT (pulse_id, indicator_id) DO UPDATE SET "
                    "raw_value = excluded.raw_value, "
                    "otx_indicator_id = excluded.otx_indicator_id, "
                    "otx_legacy_id = excluded.otx_legacy_id, title = excluded.title, "
                    "description = excluded.description, role = excluded.role, "
                    "created = excluded.created, expiration = excluded.expiration, "
                    "is_active = excluded.is_active, content = excluded.content, linked = 1, "
                    "unlinked_at = NULL"_s)) {
            return fail(Database::queryError(
                    q,
                    QT_TRANSLATE_NOOP("Database", "linking indicators to pulses")));
        }
        phaseNs.append(phase.nsecsElapsed());
        if (!q.exec(u"DELETE FROM stage_links"_s) || !q.exec(u"DELETE FROM stage_pulses"_s)) {
            return fail(Database::queryError(
                    q,
                    QT_TRANSLATE_NOOP("Database", "clearing the staging tables")));
        }
    }

    {
        QSqlQuery q(m_db);
        q.prepare(
                u"UPDATE sync_runs SET pages = pages + 1, "
                "pulses_fetched = pulses_fetched + ?, pulses_new = pulses_new + ?, "
                "pulses_updated = pulses_updated + ?, pulses_unchanged = pulses_unchanged + ?, "
                "indicators_new = indicators_new + ?, "
                "indicators_linked = indicators_linked + ?, "
                "indicators_unlinked = indicators_unlinked + ?, "
                "max_modified = CASE WHEN max_modified IS NULL OR max_modified < CAST(? AS BIGINT) "
                "THEN CAST(? AS BIGINT) ELSE max_modified END, heartbeat = ? WHERE id = ?"_s);
        q.addBindValue(counts.pulsesFetched);
        q.addBindValue(counts.pulsesNew);
        q.addBindValue(counts.pulsesUpdated);
        q.addBindValue(counts.pulsesUnchanged);
        q.addBindValue(counts.indicatorsNew);
        q.addBindValue(counts.indicatorsLinked);
        q.addBindValue(counts.indicatorsUnlinked);
        q.addBindValue(optionalInt(counts.maxModifiedMs));
        q.addBindValue(optionalInt(counts.maxModifiedMs));
        q.addBindValue(now);
        q.addBindValue(runId);
        if (!q.exec()) {
            return fail(
                    Database::queryError(q,
                                         QT_TRANSLATE_NOOP("Database", "recording sync progress")));
        }
    }
    if (auto r = Database::commit(m_db); !r) {
        return r.error();
    }
    phaseNs.append(phase.nsecsElapsed());
    qCDebug(lcStore) << "Page written."
                     << "links:" << links.size()
                     << "phase ends (ms: pulses, staged, indicators, links, committed):" << [&] {
                            QStringList ms;
                            for (const qint64 ns : std::as_const(phaseNs)) {
                                ms.append(QString::number(ns / 1000000));
                            }
                            return ms.join(u", "_s);
                        }();
    return counts;
}

Result<qint64> PulseStore::startRun(const QString &kind,
                                    const QString &query,
                                    const QString &keyName,
                                    std::optional<qint64> modifiedSinceMs,
                                    const QString &startedBy)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sync_runs (kind, query, started, heartbeat, status, modified_since, "
              "key_name, owner, started_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(kind);
    q.addBindValue(absentAsNull(query));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(SyncStatus::Running);
    q.addBindValue(optionalInt(modifiedSinceMs));
    q.addBindValue(absentAsNull(keyName));
    q.addBindValue(processOwner());
    q.addBindValue(startedBy);
    if (!q.exec() || !q.next()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "recording the start of a sync"));
    }
    return q.value(0).toLongLong();
}

Result<void> PulseStore::finishRun(qint64 runId, const QString &status, const QString &error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE sync_runs SET status = ?, finished = ?, heartbeat = ?, error = ? "
              "WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(absentAsNull(error));
    q.addBindValue(runId);
    if (!q.exec()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "recording the end of a sync"));
    }
    return {};
}

Result<int> PulseStore::failStaleRuns(qint64 staleAfterMs)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    // Runs whose process is gone: started on this machine by a pid that no longer exists.
    QList<qint64> orphans;
    const QString host = QSysInfo::machineHostName() + u':';
    // The host prefix is compared exactly (LIKE differs in case and '_' between engines).
    q.prepare(u"SELECT id, owner FROM sync_runs WHERE status = ? AND SUBSTR(owner, 1, ?) = ?"_s);
    q.addBindValue(SyncStatus::Running);
    q.addBindValue(static_cast<int>(host.size()));
    q.addBindValue(host);
    if (!q.exec()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "looking for interrupted syncs"));
    }
    while (q.next()) {
        const qint64 pid = q.value(1).toString().mid(host.size()).toLongLong();
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            orphans.append(q.value(0).toLongLong());
        }
    }
    q.finish();
    const QString message = QCoreApplication::translate("PulseStore",
                                                        "otxdesk stopped before this sync "
                                                        "finished; the pages it committed are "
                                                        "kept, and the next sync finishes the "
                                                        "work.");
    int closed = 0;
    q.prepare(u"UPDATE sync_runs SET status = ?, finished = heartbeat, error = ? "
              "WHERE status = ? AND (heartbeat < ? OR id = ?)"_s);
    for (const qint64 id : orphans.isEmpty() ? QList<qint64>{-1} : orphans) {
        q.bindValue(0, SyncStatus::Failed);
        q.bindValue(1, message);
        q.bindValue(2, SyncStatus::Running);
        q.bindValue(3, now - staleAfterMs);
        q.bindValue(4, id);
        if (!q.exec()) {
            return Database::queryError(q,
                                        QT_TRANSLATE_NOOP("Database", "closing interrupted syncs"));
        }
        closed += q.numRowsAffected();
    }
    return closed;
}

Result<std::optional<qint64>> PulseStore::incrementalCursor()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT MAX(max_modified) FROM sync_runs "
                "WHERE kind IN ('full', 'incremental') AND status = 'completed'"_s)
        || !q.next()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "reading the incremental sync cursor"));
    }
    if (q.value(0).isNull()) {
        return std::optional<qint64>{};
    }
    return std::optional<qint64>{q.value(0).toLongLong()};
}

namespace {

const QString RUN_COLUMNS = u"id, kind, query, started, finished, status, pages, pulses_fetched, "
                            "pulses_new, pulses_updated, pulses_unchanged, indicators_new, "
                            "indicators_linked, indicators_unlinked, max_modified, "
                            "modified_since, error, key_name"_s;

std::optional<qint64> optionalFrom(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

SyncRun runFrom(const QSqlQuery &q)
{
    SyncRun run;
    run.id = q.value(0).toLongLong();
    run.kind = q.value(1).toString();
    run.query = q.value(2).toString();
    run.startedMs = q.value(3).toLongLong();
    run.finishedMs = optionalFrom(q.value(4));
    run.status = q.value(5).toString();
    run.counts.pages = q.value(6).toInt();
    run.counts.pulsesFetched = q.value(7).toInt();
    run.counts.pulsesNew = q.value(8).toInt();
    run.counts.pulsesUpdated = q.value(9).toInt();
    run.counts.pulsesUnchanged = q.value(10).toInt();
    run.counts.indicatorsNew = q.value(11).toLongLong();
    run.counts.indicatorsLinked = q.value(12).toLongLong();
    run.counts.indicatorsUnlinked = q.value(13).toLongLong();
    run.counts.maxModifiedMs = optionalFrom(q.value(14));
    run.modifiedSinceMs = optionalFrom(q.value(15));
    run.error = q.value(16).toString();
    run.keyName = q.value(17).toString();
    return run;
}

} // namespace

Result<QList<DaySyncCounts>> PulseStore::syncedPerDay(qint64 fromMs, int utcOffsetSeconds)
{
    QSqlQuery q(m_db);
    // Integer division on both engines: the day number since the epoch, local to the offset.
    q.prepare(u"SELECT (started + CAST(? AS BIGINT)) / 86400000 AS day, SUM(pulses_new), "
              "SUM(pulses_updated) FROM sync_runs WHERE started >= ? GROUP BY 1 ORDER BY 1"_s);
    q.addBindValue(qint64(utcOffsetSeconds) * 1000);
    q.addBindValue(fromMs);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "counting the pulses synced per day"));
    }
    QList<DaySyncCounts> days;
    const QDate epoch(1970, 1, 1);
    while (q.next()) {
        DaySyncCounts d;
        d.day = epoch.addDays(q.value(0).toLongLong());
        d.newPulses = q.value(1).toLongLong();
        d.updatedPulses = q.value(2).toLongLong();
        days.append(d);
    }
    return days;
}

Result<QList<SyncRun>> PulseStore::runs(int limit)
{
    QSqlQuery q(m_db);
    q.prepare(
            u"SELECT %1 FROM sync_runs ORDER BY started DESC, id DESC LIMIT ?"_s.arg(RUN_COLUMNS));
    q.addBindValue(limit);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "reading sync history"));
    }
    QList<SyncRun> result;
    while (q.next()) {
        result.append(runFrom(q));
    }
    return result;
}

Result<SyncRun> PulseStore::run(qint64 runId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM sync_runs WHERE id = ?"_s.arg(RUN_COLUMNS));
    q.addBindValue(runId);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "reading a sync run"));
    }
    if (!q.next()) {
        return Error{u"No sync run %1."_s.arg(runId), {}};
    }
    return runFrom(q);
}

Result<QJsonObject> PulseStore::stats()
{
    QSqlQuery q(m_db);
    QJsonObject out;
    const QList<std::pair<QString, QString>> totals = {
            {u"pulses"_s, u"SELECT COUNT(*) FROM pulses"_s},
            {u"indicators"_s, u"SELECT COUNT(*) FROM indicators"_s},
            {u"links"_s, u"SELECT COUNT(*) FROM pulse_indicators WHERE linked = 1"_s},
    };
    for (const auto &[name, sql] : totals) {
        if (!q.exec(sql) || !q.next()) {
            return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "counting %1"), name);
        }
        out.insert(name, q.value(0).toLongLong());
    }
    QJsonObject byType;
    if (!q.exec(u"SELECT type, COUNT(*) FROM indicators GROUP BY type ORDER BY type"_s)) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "counting indicators by type"));
    }
    while (q.next()) {
        byType.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    out.insert(u"indicators_by_type"_s, byType);
    QJsonObject runsByStatus;
    if (!q.exec(u"SELECT status, COUNT(*) FROM sync_runs GROUP BY status ORDER BY status"_s)) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "counting sync runs"));
    }
    while (q.next()) {
        runsByStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    out.insert(u"sync_runs"_s, runsByStatus);
    return out;
}

Result<void> PulseStore::writePulsesJson(QIODevice &out)
{
    // Pulses in batches by key (QPSQL cannot interleave two forward-only result sets), so
    // memory stays flat whatever the size of the store.
    constexpr int BATCH = 500;
    QSqlQuery pulses(m_db);
    pulses.prepare(u"SELECT id, otx_id, name, description, author, created, modified, revision, "
                   "tlp, public, adversary, targeted_countries, industries, malware_families, "
                   "attack_ids, tags, refs FROM pulses WHERE otx_id > ? ORDER BY otx_id "
                   "LIMIT %1"_s.arg(BATCH));
    QSqlQuery links(m_db);
    links.prepare(u"SELECT pi.otx_indicator_id, pi.otx_legacy_id, i.type, pi.raw_value, pi.title, "
                  "pi.description, pi.role, pi.created, pi.expiration, pi.is_active "
                  "FROM pulse_indicators pi JOIN indicators i ON i.id = pi.indicator_id "
                  "WHERE pi.pulse_id = ? AND pi.linked = 1 ORDER BY i.type, i.value"_s);
    out.write("[");
    bool first = true;
    QString lastId = u""_s;
    for (int inBatch = BATCH; inBatch == BATCH;) {
        pulses.bindValue(0, lastId);
        if (!pulses.exec()) {
            return Database::queryError(pulses, QT_TRANSLATE_NOOP("Database", "reading pulses"));
        }
        inBatch = 0;
        while (pulses.next()) {
            ++inBatch;
            lastId = pulses.value(1).toString();
            QJsonObject p;
            p.insert(u"id"_s, pulses.value(1).toString());
            p.insert(u"name"_s, pulses.value(2).toString());
            p.insert(u"description"_s, jsonText(pulses.value(3)));
            p.insert(u"author_name"_s, jsonText(pulses.value(4)));
            p.insert(u"created"_s, jsonTime(pulses.value(5)));
            p.insert(u"modified"_s, jsonTime(pulses.value(6)));
            p.insert(u"revision"_s, pulses.value(7).toInt());
            p.insert(u"tlp"_s, jsonText(pulses.value(8)));
            p.insert(u"public"_s,
                     pulses.value(9).isNull() ? QJsonValue(QJsonValue::Null)
                                              : QJsonValue(pulses.value(9).toInt() != 0));
            p.insert(u"adversary"_s, jsonText(pulses.value(10)));
            p.insert(u"targeted_countries"_s,
                     QJsonArray::fromStringList(listFromJson(pulses.value(11).toString())));
            p.insert(u"industries"_s,
                     QJsonArray::fromStringList(listFromJson(pulses.value(12).toString())));
            p.insert(u"malware_families"_s,
                     QJsonArray::fromStringList(listFromJson(pulses.value(13).toString())));
            p.insert(u"attack_ids"_s,
                     QJsonArray::fromStringList(listFromJson(pulses.value(14).toString())));
            p.insert(u"tags"_s,
                     QJsonArray::fromStringList(listFromJson(pulses.value(15).toString())));
            p.insert(u"references"_s,
                     QJsonArray::fromStringList(listFromJson(pulses.value(16).toString())));

            links.bindValue(0, pulses.value(0).toLongLong());
            if (!links.exec()) {
                return Database::queryError(
                        links,
                        QT_TRANSLATE_NOOP("Database", "reading a pulse's indicators"));
            }
            QJsonArray indicators;
            while (links.next()) {
                QJsonObject ind;
                if (!links.value(0).isNull()) {
                    ind.insert(u"id"_s, links.value(0).toLongLong());
                } else {
                    ind.insert(u"id"_s, jsonText(links.value(1)));
                }
                ind.insert(u"type"_s, links.value(2).toString());
                ind.insert(u"indicator"_s, links.value(3).toString());
                ind.insert(u"title"_s, jsonText(links.value(4)));
                ind.insert(u"description"_s, jsonText(links.value(5)));
                ind.insert(u"role"_s, jsonText(links.value(6)));
                ind.insert(u"created"_s, jsonTime(links.value(7)));
                ind.insert(u"expiration"_s, jsonTime(links.value(8)));
                ind.insert(u"is_active"_s, links.value(9).toInt());
                indicators.append(ind);
            }
            links.finish();
            p.insert(u"indicators"_s, indicators);
            if (!first) {
                out.write(",");
            }
            first = false;
            out.write("\n");
            out.write(QJsonDocument(p).toJson(QJsonDocument::Compact));
        }
    }
    out.write("\n]\n");
    return {};
}

Result<Pulse> PulseStore::loadPulse(const QString &otxId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, otx_id, name, description, author, created, modified, revision, tlp, "
              "public, adversary, targeted_countries, industries, malware_families, attack_ids, "
              "tags, refs FROM pulses WHERE otx_id = ?"_s);
    q.addBindValue(otxId);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "reading a pulse"));
    }
    if (!q.next()) {
        return Error{QCoreApplication::translate("PulseStore",
                                                 "Pulse %1 is not in the local store. Sync it "
                                                 "first (Fetch pulse by id).")
                             .arg(otxId),
                     {},
                     u"store.not_found"_s};
    }
    auto optionalInt = [](const QVariant &v) {
        return v.isNull() ? std::optional<qint64>() : std::optional<qint64>(v.toLongLong());
    };
    auto text = [](const QVariant &v) {
        return v.isNull() ? QString() : v.toString();
    };
    Pulse p;
    p.rowId = q.value(0).toLongLong();
    p.otxId = q.value(1).toString();
    p.name = q.value(2).toString();
    p.description = text(q.value(3));
    p.author = text(q.value(4));
    p.createdMs = optionalInt(q.value(5));
    p.modifiedMs = optionalInt(q.value(6));
    p.revision = q.value(7).toInt();
    p.tlp = text(q.value(8));
    if (!q.value(9).isNull()) {
        p.isPublic = q.value(9).toInt() != 0;
    }
    p.adversary = text(q.value(10));
    p.targetedCountries = listFromJson(q.value(11).toString());
    p.industries = listFromJson(q.value(12).toString());
    p.malwareFamilies = listFromJson(q.value(13).toString());
    p.attackIds = listFromJson(q.value(14).toString());
    p.tags = listFromJson(q.value(15).toString());
    p.references = listFromJson(q.value(16).toString());
    q.finish();

    QSqlQuery links(m_db);
    links.setForwardOnly(true);
    links.prepare(u"SELECT i.type, pi.raw_value, pi.otx_indicator_id, pi.otx_legacy_id, "
                  "pi.title, pi.description, pi.role, pi.content, pi.created, pi.expiration, "
                  "pi.is_active FROM pulse_indicators pi "
                  "JOIN indicators i ON i.id = pi.indicator_id "
                  "WHERE pi.pulse_id = ? AND pi.linked = 1 ORDER BY pi.indicator_id"_s);
    links.addBindValue(p.rowId);
    if (!links.exec()) {
        return Database::queryError(links,
                                    QT_TRANSLATE_NOOP("Database", "reading a pulse's indicators"));
    }
    while (links.next()) {
        PulseIndicator ind;
        ind.type = links.value(0).toString();
        ind.value = links.value(1).toString();
        ind.otxId = optionalInt(links.value(2));
        ind.legacyId = text(links.value(3));
        ind.title = text(links.value(4));
        ind.description = text(links.value(5));
        ind.role = text(links.value(6));
        ind.content = text(links.value(7));
        ind.createdMs = optionalInt(links.value(8));
        ind.expirationMs = optionalInt(links.value(9));
        ind.isActive = links.value(10).toInt() != 0;
        p.indicators.append(std::move(ind));
    }
    return p;
}

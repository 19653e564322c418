#include "models/Database.h"

#include "models/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

// Postgres: one advisory lock key for migrations, so that two desktops starting together on a
// shared database do not both migrate.
constexpr qint64 MIGRATION_LOCK_KEY = 0x6f7478646b000001;

// pulse_indicators carries no foreign keys: its rows are only ever written by a join against
// pulses and indicators in the same transaction, and per-row constraint triggers cost Postgres
// more than the insert itself (measured: 240 of 560 ms for a 20,000-link page).
struct Migration
{
    int version;
    QStringList statements;
};

QList<Migration> migrations()
{
    return {
            {1,
             {
                     uR"(CREATE TABLE pulses (
    id {pk},
    otx_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT,
    author TEXT,
    created BIGINT,
    modified BIGINT,
    revision INTEGER NOT NULL DEFAULT 0,
    tlp TEXT,
    public INTEGER,
    adversary TEXT,
    targeted_countries TEXT NOT NULL DEFAULT '[]',
    industries TEXT NOT NULL DEFAULT '[]',
    malware_families TEXT NOT NULL DEFAULT '[]',
    attack_ids TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    refs TEXT NOT NULL DEFAULT '[]',
    indicator_count INTEGER NOT NULL DEFAULT 0,
    synced_at BIGINT NOT NULL))"_s,
                     // The JSON as received lives apart: hundreds of KB per pulse would make
                     // every scan of the browser's filters read it.
                     uR"(CREATE TABLE pulse_json (
    pulse_id BIGINT PRIMARY KEY,
    raw_json TEXT NOT NULL))"_s,
                     u"CREATE INDEX pulses_modified ON pulses (modified)"_s,
                     u"CREATE INDEX pulses_name ON pulses (name)"_s,
                     uR"(CREATE TABLE indicators (
    id {pk},
    type TEXT NOT NULL,
    value TEXT NOT NULL,
    first_seen BIGINT NOT NULL,
    UNIQUE (value, type)))"_s,
                     uR"(CREATE TABLE pulse_indicators (
    pulse_id BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    raw_value TEXT NOT NULL,
    otx_indicator_id BIGINT,
    otx_legacy_id TEXT,
    title TEXT,
    description TEXT,
    role TEXT,
    created BIGINT,
    expiration BIGINT,
    is_active INTEGER NOT NULL DEFAULT 1,
    linked INTEGER NOT NULL DEFAULT 1,
    unlinked_at BIGINT,
    PRIMARY KEY (pulse_id, indicator_id)){without_rowid})"_s,
                     u"CREATE INDEX pulse_indicators_indicator "
                     "ON pulse_indicators (indicator_id)"_s,
                     uR"(CREATE TABLE sync_runs (
    id {pk},
    kind TEXT NOT NULL,
    query TEXT,
    started BIGINT NOT NULL,
    finished BIGINT,
    heartbeat BIGINT NOT NULL,
    status TEXT NOT NULL,
    pages INTEGER NOT NULL DEFAULT 0,
    pulses_fetched INTEGER NOT NULL DEFAULT 0,
    pulses_new INTEGER NOT NULL DEFAULT 0,
    pulses_updated INTEGER NOT NULL DEFAULT 0,
    pulses_unchanged INTEGER NOT NULL DEFAULT 0,
    indicators_new INTEGER NOT NULL DEFAULT 0,
    indicators_linked INTEGER NOT NULL DEFAULT 0,
    indicators_unlinked INTEGER NOT NULL DEFAULT 0,
    max_modified BIGINT,
    modified_since BIGINT,
    error TEXT,
    key_name TEXT,
    owner TEXT))"_s,
                     u"CREATE INDEX sync_runs_started ON sync_runs (started)"_s,
             }},
            {2,
             {
                     // The rule text of YARA indicators, which MISP takes as the value.
                     u"ALTER TABLE pulse_indicators ADD COLUMN content TEXT"_s,
                     // One row per pulse and MISP server: which event holds the pulse, which
                     // revision it holds, and how the last export went.
                     uR"(CREATE TABLE misp_events (
    server TEXT NOT NULL,
    pulse_id BIGINT NOT NULL,
    event_id TEXT,
    event_uuid TEXT NOT NULL,
    status TEXT NOT NULL,
    exported_revision INTEGER,
    exported_modified BIGINT,
    exported_at BIGINT,
    attempted_at BIGINT NOT NULL,
    published_at BIGINT,
    attributes_sent INTEGER NOT NULL DEFAULT 0,
    attributes_accepted INTEGER NOT NULL DEFAULT 0,
    attributes_rejected INTEGER NOT NULL DEFAULT 0,
    attributes_skipped INTEGER NOT NULL DEFAULT 0,
    tlp_tag TEXT,
    tlp_defaulted INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    PRIMARY KEY (server, pulse_id)))"_s,
                     // What MISP refused or dropped, and what was never sent, with the reason.
                     uR"(CREATE TABLE misp_export_problems (
    server TEXT NOT NULL,
    pulse_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    otx_type TEXT,
    misp_type TEXT,
    value TEXT NOT NULL,
    attribute_uuid TEXT,
    reason TEXT NOT NULL))"_s,
                     u"CREATE INDEX misp_export_problems_pulse "
                     "ON misp_export_problems (server, pulse_id)"_s,
             }},
            {3,
             {
                     // OTX keys: metadata only, the secrets live in the keychain. used_today
                     // counts requests made on usage_day (a date in the scheduler's zone), so
                     // a new day reads as zero even when nobody reset it at midnight.
                     uR"(CREATE TABLE otx_keys (
    id {pk},
    name TEXT NOT NULL UNIQUE,
    is_primary INTEGER NOT NULL DEFAULT 0,
    daily_limit INTEGER NOT NULL DEFAULT 9000,
    per_minute INTEGER NOT NULL DEFAULT 120,
    used_today INTEGER NOT NULL DEFAULT 0,
    usage_day TEXT,
    health TEXT NOT NULL DEFAULT 'unknown',
    limited_until BIGINT,
    last_check BIGINT,
    last_error TEXT,
    created_at BIGINT NOT NULL))"_s,
                     // OTX's answer per indicator and section, as received.
                     uR"(CREATE TABLE enrichments (
    indicator_id BIGINT NOT NULL,
    section TEXT NOT NULL,
    status TEXT NOT NULL,
    http_status INTEGER,
    body TEXT,
    fetched_at BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, section)))"_s,
                     // What the tables show per indicator, drawn from its sections.
                     uR"(CREATE TABLE indicator_enrichment (
    indicator_id BIGINT PRIMARY KEY,
    status TEXT NOT NULL,
    pulse_count INTEGER,
    reputation INTEGER,
    country TEXT,
    asn TEXT,
    malware_families TEXT NOT NULL DEFAULT '[]',
    adversaries TEXT NOT NULL DEFAULT '[]',
    attack_ids TEXT NOT NULL DEFAULT '[]',
    first_seen BIGINT,
    last_seen BIGINT,
    enriched_at BIGINT NOT NULL,
    error TEXT))"_s,
                     u"CREATE INDEX indicator_enrichment_at "
                     "ON indicator_enrichment (enriched_at)"_s,
                     // MISP attributes pulled for enrichment, each tied to its indicator.
                     uR"(CREATE TABLE misp_attributes (
    server TEXT NOT NULL,
    attribute_uuid TEXT NOT NULL,
    indicator_id BIGINT NOT NULL,
    misp_type TEXT NOT NULL,
    to_ids INTEGER NOT NULL DEFAULT 0,
    event_id TEXT,
    event_uuid TEXT,
    event_info TEXT,
    threat_level INTEGER,
    attribute_timestamp BIGINT,
    fetched_at BIGINT NOT NULL,
    PRIMARY KEY (server, attribute_uuid)))"_s,
                     u"CREATE INDEX misp_attributes_indicator "
                     "ON misp_attributes (indicator_id)"_s,
             }},
            {4,
             {
                     // Who started a sync: the analyst ("manual") or the scheduler.
                     u"ALTER TABLE sync_runs ADD COLUMN started_by TEXT NOT NULL DEFAULT "
                     "'manual'"_s,
             }},
            {5,
             {
                     // Runs of the scheduler's jobs, by any desktop sharing the database: a
                     // scheduled run claims its due time (one row per job and due time), so
                     // that only one desktop runs it; Run now has no due time.
                     uR"(CREATE TABLE job_runs (
    id {pk},
    job TEXT NOT NULL,
    due_at BIGINT,
    desktop TEXT NOT NULL,
    started_at BIGINT NOT NULL,
    finished_at BIGINT,
    outcome TEXT,
    UNIQUE (job, due_at)))"_s,
                     u"CREATE INDEX job_runs_started ON job_runs (job, started_at)"_s,
             }},
            {6,
             {
                     // A desktop's lasting identity (names may repeat or change), and a
                     // heartbeat while the run goes on: a run whose heartbeat stopped had its
                     // desktop killed.
                     u"ALTER TABLE job_runs ADD COLUMN desktop_id TEXT"_s,
                     u"ALTER TABLE job_runs ADD COLUMN heartbeat BIGINT"_s,
             }},
    };
}

// `{pk}` becomes the engine's auto-increment key; `{without_rowid}` clusters a SQLite table
// on its primary key (links are appended pulse by pulse, so inserts stay sequential).
QString forEngine(QString sql, bool postgres)
{
    sql.replace(u"{without_rowid}"_s, postgres ? QString() : u" WITHOUT ROWID"_s);
    return sql.replace(u"{pk}"_s,
                       postgres ? u"BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"_s
                                : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s);
}

Error driverMissing(const DatabaseConfig &config, const QString &detail)
{
    if (config.isPostgres()) {
        return Error{QCoreApplication::translate(
                             "Database",
                             "The Postgres database cannot be used: Qt's QPSQL driver or the "
                             "PostgreSQL client library (libpq) is not installed. Install the "
                             "Debian package libqt6sql6-psql, or choose the built-in SQLite "
                             "database in Settings."),
                     detail};
    }
    return Error{QCoreApplication::translate("Database",
                                             "The SQLite database cannot be used: Qt's QSQLITE "
                                             "driver is not installed (Debian package "
                                             "libqt6sql6-sqlite)."),
                 detail};
}

} // namespace

namespace Database {

Result<void> checkDriver(const DatabaseConfig &config)
{
    const QString driver = config.isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return driverMissing(config,
                             u"%1 is not among the available drivers (%2)"_s.arg(
                                     driver,
                                     QSqlDatabase::drivers().join(u", "_s)));
    }
    // The plugin may be listed while its client library cannot be loaded: try to load it.
    const QString probe = uniqueConnectionName(u"driver-probe"_s);
    Result<void> result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, probe);
        if (!db.isValid() || !db.driver() || db.driver()->lastError().isValid()) {
            result = driverMissing(config,
                                   db.isValid() ? db.driver()->lastError().text()
                                                : u"Driver not loaded"_s);
        }
    }
    QSqlDatabase::removeDatabase(probe);
    return result;
}

Result<QSqlDatabase> open(const DatabaseConfig &config, const QString &connectionName)
{
    if (auto check = checkDriver(config); !check) {
        return check.error();
    }
    if (config.isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        db.setHostName(config.host);
        db.setPort(config.port);
        db.setDatabaseName(config.database);
        db.setUserName(config.user);
        db.setPassword(config.password);
        db.setConnectOptions(u"sslmode=%1;connect_timeout=10"_s.arg(config.sslMode));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            return Error{QCoreApplication::translate("Database",
                                                     "Could not connect to the Postgres database "
                                                     "%1. Check the host, port, user, password "
                                                     "and TLS mode in Settings.")
                                 .arg(config.displayName()),
                         detail};
        }
        QSqlQuery q(db);
        q.exec(u"SET client_min_messages TO warning"_s);
        // Pulses keep their JSON as received (hundreds of KB each): lz4 compresses it several
        // times faster than the default pglz. Servers built without lz4 refuse; that is fine.
        q.exec(u"SET default_toast_compression TO 'lz4'"_s);
        // A page's run record commits with its rows, and the cursor moves only when a sync
        // completes, so a commit lost in a server crash is fetched again: no need to wait for
        // the WAL flush on every page.
        q.exec(u"SET synchronous_commit TO off"_s);
        return db;
    }

    const QString path =
            config.sqlitePath.isEmpty() ? DatabaseConfig::defaultSqlitePath() : config.sqlitePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=30000"_s);
    if (!db.open()) {
        return Error{QCoreApplication::translate("Database",
                                                 "Could not open the SQLite database %1. Check "
                                                 "that the folder exists and is writable.")
                             .arg(path),
                     db.lastError().text()};
    }
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s,
                                  u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA temp_store=MEMORY"_s,
                                  u"PRAGMA cache_size=-65536"_s,
                                  u"PRAGMA wal_autocheckpoint=16384"_s}) {
        if (!q.exec(pragma)) {
            return queryError(q, QT_TRANSLATE_NOOP("Database", "setting up SQLite"));
        }
    }
    return db;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

int schemaVersion(QSqlDatabase &db)
{
    if (!db.tables().contains(u"schema_migrations"_s)) {
        return 0;
    }
    QSqlQuery q(db);
    if (q.exec(u"SELECT MAX(version) FROM schema_migrations"_s) && q.next()) {
        return q.value(0).toInt();
    }
    return 0;
}

Result<void> migrate(QSqlDatabase &db)
{
    const bool postgres = isPostgres(db);
    if (auto begun = beginWrite(db); !begun) {
        return begun;
    }
    QSqlQuery q(db);
    auto fail = [&](const char *what, const QString &arg = {}) -> Result<void> {
        Error e = queryError(q, what, arg);
        q.finish();
        rollback(db);
        return e;
    };
    if (postgres && !q.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(MIGRATION_LOCK_KEY))) {
        return fail(QT_TRANSLATE_NOOP("Database", "locking the schema for migration"));
    }
    if (!q.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                "version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)"_s)) {
        return fail(QT_TRANSLATE_NOOP("Database", "creating the migrations table"));
    }
    int current = 0;
    if (!q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) || !q.next()) {
        return fail(QT_TRANSLATE_NOOP("Database", "reading the schema version"));
    }
    current = q.value(0).toInt();
    q.finish();
    if (current > latestSchemaVersion()) {
        rollback(db);
        return Error{QCoreApplication::translate("Database",
                                                 "The database was written by a newer otxdesk "
                                                 "(schema %1, this version knows %2). Update "
                                                 "otxdesk before using this database.")
                             .arg(current)
                             .arg(latestSchemaVersion()),
                     {}};
    }
    for (const Migration &migration : migrations()) {
        if (migration.version <= current) {
            continue;
        }
        qCInfo(lcDatabase) << "Applying schema migration."
                           << "version:" << migration.version;
        for (const QString &statement : migration.statements) {
            if (!q.exec(forEngine(statement, postgres))) {
                return fail(QT_TRANSLATE_NOOP("Database", "applying schema migration %1"),
                            QString::number(migration.version));
            }
        }
        q.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        q.addBindValue(migration.version);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            return fail(QT_TRANSLATE_NOOP("Database", "recording schema migration %1"),
                        QString::number(migration.version));
        }
    }
    q.finish();
    return commit(db);
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL"_s;
}

Result<void> beginWrite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(isPostgres(db) ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s)) {
        return queryError(q, QT_TRANSLATE_NOOP("Database", "starting a transaction"));
    }
    return {};
}

Result<void> commit(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"COMMIT"_s)) {
        Error e = queryError(q, QT_TRANSLATE_NOOP("Database", "committing a transaction"));
        q.finish();
        rollback(db);
        return e;
    }
    return {};
}

void rollback(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.exec(u"ROLLBACK"_s);
}

Result<void> exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return queryError(q,
                          QT_TRANSLATE_NOOP("Database", "running the statement %1"),
                          sql.left(60));
    }
    return {};
}

QString failedWhile(const char *what, const QString &arg)
{
    QString phrase = QCoreApplication::translate("Database", what);
    if (!arg.isEmpty()) {
        phrase = phrase.arg(arg);
    }
    return QCoreApplication::translate("Database", "The database failed while %1.").arg(phrase);
}

Error queryError(const QSqlQuery &query, const char *what, const QString &arg)
{
    const QString driverText = query.lastError().text();
    QString english = QString::fromUtf8(what);
    if (!arg.isEmpty()) {
        english = english.arg(arg);
    }
    qCCritical(lcDatabase) << "Statement failed."
                           << "while:" << english << "error:" << driverText;
    return Error{failedWhile(what, arg), driverText};
}

std::optional<qint64> optionalLong(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

QVariant nullableLong(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QString uniqueConnectionName(const QString &purpose)
{
    return u"otxdesk-%1-%2"_s.arg(purpose, QUuid::createUuid().toString(QUuid::Id128));
}

} // namespace Database

ScopedConnection::ScopedConnection(const DatabaseConfig &config,
                                   const QString &purpose,
                                   bool migrate)
    : m_name(Database::uniqueConnectionName(purpose))
{
    auto opened = Database::open(config, m_name);
    if (!opened) {
        m_error = opened.error();
        return;
    }
    m_db = opened.value();
    if (migrate) {
        if (auto migrated = Database::migrate(m_db); !migrated) {
            m_error = migrated.error();
        }
    }
}

ScopedConnection::~ScopedConnection()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::removeDatabase(m_name);
    }
}

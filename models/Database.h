#pragma once

#include "models/DatabaseConfig.h"
#include "models/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

/// Opening connections, running migrations, and the few statements whose spelling differs
/// between SQLite and Postgres. One connection per thread: a QSqlDatabase is never shared.
namespace Database {

/// Checks that the Qt driver for the chosen engine can be loaded, without connecting.
/// A missing QPSQL plugin or PostgreSQL client library (libpq) is named in the message.
Result<void> checkDriver(const DatabaseConfig &config);

/// Opens a connection under `connectionName` in the calling thread. SQLite files get WAL and a
/// busy timeout so that writers wait for each other instead of failing with "database is locked".
Result<QSqlDatabase> open(const DatabaseConfig &config, const QString &connectionName);

/// Brings the schema to the newest version. Safe to call from several processes at once.
Result<void> migrate(QSqlDatabase &db);

/// The schema version the code expects.
int latestSchemaVersion();

/// The schema version of an open database (0 when none has run).
int schemaVersion(QSqlDatabase &db);

bool isPostgres(const QSqlDatabase &db);

/// Starts a write transaction (`BEGIN IMMEDIATE` on SQLite, so the write lock is taken up front).
Result<void> beginWrite(QSqlDatabase &db);
Result<void> commit(QSqlDatabase &db);
void rollback(QSqlDatabase &db);

/// Runs one statement; the error names the statement's purpose.
Result<void> exec(QSqlDatabase &db, const QString &sql);

/// The sentence for a statement that failed while doing `what`: a phrase marked with
/// QT_TRANSLATE_NOOP("Database", ...), with `arg` for its %1.
QString failedWhile(const char *what, const QString &arg = {});
/// An Error from a failed query, with the driver's text as detail. `what` is a phrase marked
/// with QT_TRANSLATE_NOOP("Database", ...), such as "reading the OTX keys"; `arg` fills its %1.
Error queryError(const QSqlQuery &query, const char *what, const QString &arg = {});

/// Nullable columns: a NULL read as nothing, and nothing or an empty text bound as NULL.
std::optional<qint64> optionalLong(const QVariant &value);
QVariant nullableLong(const std::optional<qint64> &value);
QVariant nullableText(const QString &text);

/// A unique connection name for a job; combine with ScopedConnection.
QString uniqueConnectionName(const QString &purpose);

} // namespace Database

/// Opens a connection for the current scope and removes it when the scope ends.
/// Every QSqlQuery made on it must be gone before this object is destroyed.
class ScopedConnection
{
public:
    ScopedConnection(const DatabaseConfig &config, const QString &purpose, bool migrate = false);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    bool ok() const { return m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    Error m_error;
};

#pragma once

#include "models/Result.h"

#include <QString>

/// Where the store lives: the embedded SQLite file, or a local or remote Postgres.
/// The Postgres password is never part of what is saved in settings; it comes from the keychain
/// (or PGPASSWORD, or the URL on the command line) and lives only in memory.
struct DatabaseConfig
{
    enum class Engine
    {
        Sqlite,
        Postgres
    };

    Engine engine = Engine::Sqlite;
    QString sqlitePath;
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("otxdesk");
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer");

    bool isPostgres() const { return engine == Engine::Postgres; }

    /// `sqlite:PATH` or `postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=MODE]`.
    static Result<DatabaseConfig> fromUrl(const QString &url);

    /// The SQLite file in the user's data directory (created on demand).
    static QString defaultSqlitePath();

    /// A description safe to show and log: never the password.
    QString displayName() const;

    /// The key under which the Postgres password is kept in the keychain.
    QString passwordKeychainKey() const;
};

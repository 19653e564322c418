#pragma once

// Databases for tests: a fresh SQLite file in a temporary folder, or the throwaway Postgres
// that scripts/test starts (OTXDESK_TEST_POSTGRES). Without Postgres a test skips, except
// under CI, where a missing Postgres is a failure.

#include "models/Database.h"
#include "models/DatabaseConfig.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace TestDatabases {

inline bool underCi()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true");
}

/// Adds the rows "sqlite" and "postgres" to a data-driven test (column "engine").
inline void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgres");
}

/// An empty, migrated database of the engine, or nothing when it cannot be had (the caller
/// then skips or fails, see OTXDESK_REQUIRE_ENGINE).
inline std::optional<DatabaseConfig> freshConfig(const QString &engine,
                                                 QTemporaryDir &dir,
                                                 QString *why)
{
    if (engine == QStringLiteral("sqlite")) {
        DatabaseConfig config;
        config.engine = DatabaseConfig::Engine::Sqlite;
        config.sqlitePath = dir.filePath(QStringLiteral("otxdesk-test.sqlite"));
        return config;
    }
    const QString url = qEnvironmentVariable("OTXDESK_TEST_POSTGRES");
    if (url.isEmpty()) {
        *why = QStringLiteral("OTXDESK_TEST_POSTGRES is not set; ./scripts/test starts a "
                              "throwaway Postgres and sets it.");
        return std::nullopt;
    }
    auto config = DatabaseConfig::fromUrl(url);
    if (!config) {
        *why = config.error().text();
        return std::nullopt;
    }
    // Start from an empty schema.
    const QString name = Database::uniqueConnectionName(QStringLiteral("test-reset"));
    {
        auto db = Database::open(config.value(), name);
        if (!db) {
            *why = db.error().text();
        } else {
            QSqlQuery q(db.value());
            if (!q.exec(QStringLiteral("DROP SCHEMA public CASCADE"))
                || !q.exec(QStringLiteral("CREATE SCHEMA public"))) {
                *why = QStringLiteral("could not reset the Postgres test schema");
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (!why->isEmpty()) {
        return std::nullopt;
    }
    return config.value();
}

} // namespace TestDatabases

/// Declares `DatabaseConfig config` for the row's engine, migrated; skips (fails under CI)
/// when the engine is not available here.
#define OTXDESK_REQUIRE_ENGINE(engine, dir)                                                     \
    QString otxdeskWhy_;                                                                        \
    const auto otxdeskConfig_ = TestDatabases::freshConfig(engine, dir, &otxdeskWhy_);          \
    if (!otxdeskConfig_) {                                                                      \
        if (TestDatabases::underCi()) {                                                         \
            QFAIL(qPrintable(QStringLiteral("Postgres is required under CI: ") + otxdeskWhy_)); \
        }                                                                                       \
        QSKIP(qPrintable(otxdeskWhy_));                                                         \
    }                                                                                           \
    const DatabaseConfig config = *otxdeskConfig_;                                              \
    {                                                                                           \
        ScopedConnection migrateConnection_(config, QStringLiteral("test-migrate"), true);      \
        QVERIFY2(migrateConnection_.ok(), qPrintable(migrateConnection_.error().text()));       \
    }

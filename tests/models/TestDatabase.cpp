#include "models/Database.h"
#include "tests/common/TestDatabases.h"

#include <QMutex>
#include <QSqlQuery>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QMutex s_messagesMutex;
QStringList s_messages;

void collectMessages(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&s_messagesMutex);
    s_messages.append(message);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migrationsAreIdempotent_data() { TestDatabases::addEngineRows(); }
    void migrationsAreIdempotent();
    void concurrentWritersNeverLock_data() { TestDatabases::addEngineRows(); }
    void concurrentWritersNeverLock();
    void desktopsUpgradeAnOlderSchemaTogether_data() { TestDatabases::addEngineRows(); }
    void desktopsUpgradeAnOlderSchemaTogether();
    void unreachablePostgresIsReported();
    void badUrlsAreRejected_data();
    void badUrlsAreRejected();
};

void TestDatabase::migrationsAreIdempotent()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s, true);
    QVERIFY2(c.ok(), qPrintable(c.error().text()));
    QCOMPARE(Database::schemaVersion(c.db()), Database::latestSchemaVersion());
    QVERIFY(Database::migrate(c.db()));
    QSqlQuery q(c.db());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), Database::latestSchemaVersion());
}

// Field case F16: eight pool threads, each with its own connection, upsert 1,000 rows each in
// one transaction while the GUI thread counts; no lock errors, no cross-thread warnings.
void TestDatabase::concurrentWritersNeverLock()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    {
        QMutexLocker lock(&s_messagesMutex);
        s_messages.clear();
    }
    const QtMessageHandler previous = qInstallMessageHandler(collectMessages);

    QThreadPool pool;
    pool.setMaxThreadCount(8);
    std::atomic_int failures = 0;
    QList<QFuture<void>> futures;
    for (int worker = 0; worker < 8; ++worker) {
        futures.append(QtConcurrent::run(&pool, [config, worker, &failures] {
            ScopedConnection c(config, u"f16-worker"_s);
            if (!c.ok() || !Database::beginWrite(c.db())) {
                ++failures;
                return;
            }
            {
                QSqlQuery q(c.db());
                q.prepare(u"INSERT INTO indicators (type, value, first_seen) VALUES (?, ?, 0) "
                          "ON CONFLICT (value, type) DO UPDATE SET first_seen = 0"_s);
                for (int i = 0; i < 1000; ++i) {
                    q.bindValue(0, u"IPv4"_s);
                    q.bindValue(1, u"198.51.100.%1/pulse-%2/%3"_s.arg(i % 256).arg(worker).arg(i));
                    if (!q.exec()) {
                        ++failures;
                        break;
                    }
                }
            }
            if (!Database::commit(c.db())) {
                ++failures;
            }
        }));
    }
    ScopedConnection reader(config, u"f16-reader"_s);
    QTimer counter;
    int reads = 0;
    connect(&counter, &QTimer::timeout, this, [&] {
        QSqlQuery q(reader.db());
        if (q.exec(u"SELECT COUNT(*) FROM indicators"_s)) {
            ++reads;
        }
    });
    counter.start(100);
    QTRY_VERIFY_WITH_TIMEOUT(std::all_of(futures.cbegin(),
                                         futures.cend(),
                                         [](const QFuture<void> &f) { return f.isFinished(); }),
                             60000);
    counter.stop();
    qInstallMessageHandler(previous);

    QCOMPARE(failures.load(), 0);
    QSqlQuery q(reader.db());
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM indicators"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 8000);
    QMutexLocker lock(&s_messagesMutex);
    for (const QString &message : std::as_const(s_messages)) {
        QVERIFY2(!message.contains(u"database is locked"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"does not belong to the calling thread"_s),
                 qPrintable(message));
        QVERIFY2(!message.contains(u"is still in use"_s), qPrintable(message));
    }
}

void TestDatabase::unreachablePostgresIsReported()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        QSKIP("QPSQL is not installed here; test_driver_missing covers that case.");
    }
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Postgres;
    config.host = u"127.0.0.1"_s;
    config.port = 1; // nothing listens on port 1 of the loopback
    config.database = u"otx"_s;
    config.user = u"otx_app"_s;
    ScopedConnection c(config, u"test"_s);
    QVERIFY(!c.ok());
    QVERIFY2(c.error().message.contains(u"127.0.0.1"_s), qPrintable(c.error().message));
    QVERIFY(!c.error().detail.isEmpty());
}

void TestDatabase::badUrlsAreRejected_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no scheme") << u"/tmp/x.db"_s;
    QTest::newRow("mysql") << u"mysql://u@h/db"_s;
    QTest::newRow("no database") << u"postgresql://u@127.0.0.1"_s;
    QTest::newRow("bad sslmode") << u"postgresql://u@127.0.0.1/db?sslmode=sometimes"_s;
    QTest::newRow("empty sqlite") << u"sqlite:"_s;
}

void TestDatabase::badUrlsAreRejected()
{
    QFETCH(QString, url);
    const auto parsed = DatabaseConfig::fromUrl(url);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().message.isEmpty());
}

// Four desktops start at once against a database left at schema 2 (before keys,
// enrichment and team mode): each migration is applied exactly once and every start
// succeeds.
void TestDatabase::desktopsUpgradeAnOlderSchemaTogether()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    {
        ScopedConnection c(config, u"downgrade"_s, true);
        QVERIFY(c.ok());
        QSqlQuery q(c.db());
        // Back to schema 2, as an older otxdesk left it.
        for (const QString &sql : {u"DROP TABLE job_runs"_s,
                                   u"DROP TABLE misp_attributes"_s,
                                   u"DROP TABLE indicator_enrichment"_s,
                                   u"DROP TABLE enrichments"_s,
                                   u"DROP TABLE otx_keys"_s,
                                   u"ALTER TABLE sync_runs DROP COLUMN started_by"_s,
                                   u"DELETE FROM schema_migrations WHERE version > 2"_s}) {
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QCOMPARE(Database::schemaVersion(c.db()), 2);
    }
    constexpr int DESKTOPS = 4;
    QThreadPool pool;
    pool.setMaxThreadCount(DESKTOPS);
    QList<QFuture<QString>> starts;
    for (int d = 0; d < DESKTOPS; ++d) {
        starts.append(QtConcurrent::run(&pool, [config] {
            ScopedConnection c(config, u"desktop-start"_s, true);
            return c.ok() ? QString() : c.error().text();
        }));
    }
    for (QFuture<QString> &start : starts) {
        QCOMPARE(start.result(), QString());
    }
    ScopedConnection c(config, u"check"_s);
    QCOMPARE(Database::schemaVersion(c.db()), Database::latestSchemaVersion());
    QSqlQuery q(c.db());
    QVERIFY(q.exec(u"SELECT version, COUNT(*) FROM schema_migrations GROUP BY version "
                   "ORDER BY version"_s));
    int expected = 1;
    while (q.next()) {
        QCOMPARE(q.value(0).toInt(), expected++);
        QCOMPARE(q.value(1).toInt(), 1);
    }
    QCOMPARE(expected - 1, Database::latestSchemaVersion());
    // The upgraded tables work.
    QVERIFY(q.exec(u"SELECT COUNT(*) FROM job_runs"_s));
    QVERIFY(q.exec(u"SELECT started_by FROM sync_runs"_s));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"

#include "models/Database.h"
#include "services/SecretStore.h"
#include "tests/common/Catalogue.h"
#include "tests/common/TestDatabases.h"
#include "tests/support/ExpectedCorpus.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/FakeOtxServer.h"
#include "tests/support/Fixtures.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString TEST_KEY = u"0000000000000000000000000000000000000000000000000000000000000003"_s;
const QString MISP_KEY = u"cli0000000000000000000000000000000000000"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// The headless verbs, run as a user would: the real otxdesk binary against the fake OTX server.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void syncStoresTheIndependentCounts_data() { TestDatabases::addEngineRows(); }
    void syncStoresTheIndependentCounts();
    void badArgumentsExitTwo_data();
    void badArgumentsExitTwo();
    void failedJobExitsOne();
    void killedSyncLeavesAConsistentStore();
    void exportMispExportsAndIsIdempotent();
    void exportMispArgumentsAndKey();
    void enrichWithKeysFromTheEnvironment();
    void keysVerbsWithTheKeychain();
    void enrichFromMisp();
    void theLanguageFollowsTheLocaleAndSettings();

private:
    Run otxdesk(const QStringList &arguments, bool withKey = true);
    /// Runs otxdesk with `env` added to the environment (a null value removes the variable),
    /// the keychain reachable when `keychain`, and `input` on standard input.
    Run otxdeskWith(const QStringList &arguments,
                    const QHash<QString, QString> &env,
                    bool keychain,
                    const QByteArray &input = {});
    QString databaseUrl(const DatabaseConfig &config) const;

    FakeOtxServer *m_fake = nullptr;
    QTemporaryDir *m_home = nullptr;
    bool m_withMispKey = true;
};

void TestCommandLine::init()
{
    m_fake = new FakeOtxServer(this);
    m_fake->setApiKey(TEST_KEY);
    QVERIFY(m_fake->listen() != 0);
    m_home = new QTemporaryDir;
    m_withMispKey = true;
}

void TestCommandLine::cleanup()
{
    delete m_fake;
    delete m_home;
}

QString TestCommandLine::databaseUrl(const DatabaseConfig &config) const
{
    if (!config.isPostgres()) {
        return u"sqlite:"_s + config.sqlitePath;
    }
    return qEnvironmentVariable("OTXDESK_TEST_POSTGRES");
}

Run TestCommandLine::otxdeskWith(const QStringList &arguments,
                                 const QHash<QString, QString> &extra,
                                 bool keychain,
                                 const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.remove(u"OTXDESK_OTX_KEY"_s);
    env.remove(u"OTXDESK_MISP_KEY"_s);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        if (it.value().isNull()) {
            env.remove(it.key());
        } else {
            env.insert(it.key(), it.value());
        }
    }
    if (!keychain) {
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/otxdesk-test-bus"_s);
    }
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(OTXDESK_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(),
               process.readAllStandardError()};
}

Run TestCommandLine::otxdesk(const QStringList &arguments, bool withKey)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    if (withKey) {
        env.insert(u"OTXDESK_OTX_KEY"_s, TEST_KEY);
    } else {
        env.remove(u"OTXDESK_OTX_KEY"_s);
    }
    if (withKey && m_withMispKey) {
        env.insert(u"OTXDESK_MISP_KEY"_s, MISP_KEY);
    } else {
        env.remove(u"OTXDESK_MISP_KEY"_s);
    }
    // No keychain either: the key comes from the environment or not at all.
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/otxdesk-test-bus"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(OTXDESK_BINARY), arguments);
    // The fake answers from this thread's event loop, so wait by spinning it.
    if (!finished.wait(120000)) {
        process.kill();
        process.waitForFinished();
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(),
               process.readAllStandardError()};
}

void TestCommandLine::syncStoresTheIndependentCounts()
{
    OTXDESK_REQUIRE_FIXTURES();
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    const QString database = databaseUrl(config);

    const Run sync = otxdesk(
            {u"sync"_s, u"--database"_s, database, u"--otx-url"_s, m_fake->baseUrl().toString()});
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY(!sync.out.contains(TEST_KEY.toUtf8()));
    QVERIFY(!sync.err.contains(TEST_KEY.toUtf8()));

    const Run stats = otxdesk({u"stats"_s, u"--json"_s, u"--database"_s, database});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject totals = QJsonDocument::fromJson(stats.out).object();
    QCOMPARE(totals[u"pulses"_s].toInteger(), expected.pulses);
    QCOMPARE(totals[u"indicators"_s].toInteger(), expected.indicators);
    QCOMPARE(totals[u"links"_s].toInteger(), expected.links);
    const QJsonObject byType = totals[u"indicators_by_type"_s].toObject();
    for (auto it = expected.indicatorsByType.cbegin(); it != expected.indicatorsByType.cend();
         ++it) {
        QCOMPARE(byType[it.key()].toInteger(), it.value());
    }
    QCOMPARE(totals[u"sync_runs"_s][u"completed"_s].toInt(), 1);

    const Run pulses = otxdesk({u"pulses"_s, u"--json"_s, u"--database"_s, database});
    QCOMPARE(pulses.exitCode, 0);
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(pulses.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(all.size(), expected.pulses);
    QStringList ids;
    qint64 links = 0;
    for (const QJsonValue &p : all) {
        ids.append(p[u"id"_s].toString());
        links += p[u"indicators"_s].toArray().size();
        QVERIFY(p[u"modified"_s].toString().endsWith(u'Z'));
    }
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(links, expected.links);
}

void TestCommandLine::badArgumentsExitTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown verb") << QStringList{u"frobnicate"_s, u"sync"_s};
    QTest::newRow("both modes") << QStringList{u"sync"_s,
                                               u"--query"_s,
                                               u"x"_s,
                                               u"--pulse"_s,
                                               u"57204e9b3c4c3e015d93cb12"_s};
    QTest::newRow("bad pulse id") << QStringList{u"sync"_s, u"--pulse"_s, u"nope"_s};
    QTest::newRow("types without misp") << QStringList{u"enrich"_s, u"--types"_s, u"md5"_s};
    QTest::newRow("two enrich sources")
            << QStringList{u"enrich"_s, u"--misp"_s, u"--pulse"_s, u"57204e9b3c4c3e015d93cb12"_s};
    QTest::newRow("misp on sync") << QStringList{u"sync"_s, u"--misp"_s};
    QTest::newRow("keys without action") << QStringList{u"keys"_s};
    QTest::newRow("keys add without name") << QStringList{u"keys"_s, u"add"_s};
    QTest::newRow("stats without json") << QStringList{u"stats"_s};
    QTest::newRow("bad database") << QStringList{u"stats"_s,
                                                 u"--json"_s,
                                                 u"--database"_s,
                                                 u"mysql://x@y/z"_s};
    QTest::newRow("bad otx url") << QStringList{u"sync"_s, u"--otx-url"_s, u"ftp://x"_s};
    QTest::newRow("unknown option") << QStringList{u"sync"_s, u"--frobnicate"_s};
}

void TestCommandLine::badArgumentsExitTwo()
{
    QFETCH(QStringList, arguments);
    QTemporaryDir dir;
    arguments << u"--database"_s << u"sqlite:"_s + dir.filePath(u"x.sqlite"_s);
    if (arguments.contains(u"mysql://x@y/z"_s)) {
        arguments.removeLast();
        arguments.removeLast();
    }
    const Run run = otxdesk(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCommandLine::failedJobExitsOne()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"x.sqlite"_s);
    m_fake->setApiKey(u"a-different-key"_s);
    const Run run = otxdesk(
            {u"sync"_s, u"--database"_s, database, u"--otx-url"_s, m_fake->baseUrl().toString()});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("API key"));
    QVERIFY(!run.err.contains(TEST_KEY.toUtf8()));
    // The failed run is in the history.
    const Run stats = otxdesk({u"stats"_s, u"--json"_s, u"--database"_s, database});
    QCOMPARE(QJsonDocument::fromJson(stats.out)[u"sync_runs"_s][u"failed"_s].toInt(), 1);
}

// A sync killed with SIGKILL between pages: the store holds whole pages only, the next start
// closes the dead run in the history, and the next sync finishes the work.
void TestCommandLine::killedSyncLeavesAConsistentStore()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    const ExpectedCounts expected = ExpectedCorpus::expectedFor(m_fake->pulses());
    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(u"killed.sqlite"_s);
    const QString database = u"sqlite:"_s + config.sqlitePath;
    // The second page answers 429 with a long Retry-After: the process waits there.
    m_fake->setRetryAfterSeconds(600);
    m_fake->injectFault(u"/api/v1/pulses/subscribed"_s,
                        2,
                        FakeOtxServer::Fault::TooManyRequestsRetryAfter);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_home->path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home->filePath(u"config"_s));
    env.insert(u"OTXDESK_OTX_KEY"_s, TEST_KEY);
    process.setProcessEnvironment(env);
    process.start(
            QStringLiteral(OTXDESK_BINARY),
            {u"sync"_s, u"--database"_s, database, u"--otx-url"_s, m_fake->baseUrl().toString()});
    QVERIFY(process.waitForStarted());
    auto storedPulses = [&config] {
        ScopedConnection c(config, u"probe"_s);
        QSqlQuery q(c.db());
        const bool ok = c.ok() && q.exec(u"SELECT COUNT(*) FROM pulses"_s) && q.next();
        const qint64 n = ok ? q.value(0).toLongLong() : -1;
        q.finish();
        return n;
    };
    // Default page size is 20; the corpus has 34 pulses, so page 1 is committed whole and page
    // 2 (from the fetch that hit the 429) never arrives. Wait for page 1, then kill.
    QTRY_VERIFY_WITH_TIMEOUT(m_fake->requests().size() >= 2, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(storedPulses(), qint64(20), 60000);
    process.kill();
    QVERIFY(process.waitForFinished());

    {
        ScopedConnection c(config, u"check"_s);
        QSqlQuery q(c.db());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM pulses p WHERE p.indicator_count <> "
                       "(SELECT COUNT(*) FROM pulse_indicators pi WHERE pi.pulse_id = p.id "
                       "AND pi.linked = 1)"_s)
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"SELECT status FROM sync_runs"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"running"_s);
    }
    // The next start sees the dead run and closes it.
    const Run stats = otxdesk({u"stats"_s, u"--json"_s, u"--database"_s, database});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject runs = QJsonDocument::fromJson(stats.out)[u"sync_runs"_s].toObject();
    QCOMPARE(runs[u"failed"_s].toInt(), 1);
    QVERIFY(!runs.contains(u"running"_s));

    m_fake->clearFaults();
    const Run rerun = otxdesk(
            {u"sync"_s, u"--database"_s, database, u"--otx-url"_s, m_fake->baseUrl().toString()});
    QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
    const Run after = otxdesk({u"stats"_s, u"--json"_s, u"--database"_s, database});
    const QJsonObject totals = QJsonDocument::fromJson(after.out).object();
    QCOMPARE(totals[u"pulses"_s].toInteger(), expected.pulses);
    QCOMPARE(totals[u"indicators"_s].toInteger(), expected.indicators);
    QCOMPARE(totals[u"links"_s].toInteger(), expected.links);
}

// Sync the corpus, export it with the command line, export again: the second run changes
// nothing. Expected counts come from the fixture JSON, not from the product.
void TestCommandLine::exportMispExportsAndIsIdempotent()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(m_fake->loadFixtureCorpus());
    FakeMispServer misp;
    misp.setApiKey(MISP_KEY);
    QVERIFY(misp.listen());
    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"x.sqlite"_s);
    QCOMPARE(otxdesk({u"sync"_s,
                      u"--database"_s,
                      database,
                      u"--otx-url"_s,
                      m_fake->baseUrl().toString()})
                     .exitCode,
             0);

    // Pulses with at least one indicator of a type MISP takes become events.
    const QStringList exportable = {u"IPv4"_s,
                                    u"IPv6"_s,
                                    u"CIDR"_s,
                                    u"domain"_s,
                                    u"hostname"_s,
                                    u"URL"_s,
                                    u"URI"_s,
                                    u"email"_s,
                                    u"FileHash-MD5"_s,
                                    u"FileHash-SHA1"_s,
                                    u"FileHash-SHA256"_s,
                                    u"CVE"_s,
                                    u"YARA"_s};
    int withIndicators = 0;
    for (const QJsonObject &p : m_fake->pulses()) {
        for (const QJsonValue &i : p[u"indicators"_s].toArray()) {
            if (exportable.contains(i[u"type"_s].toString())) {
                ++withIndicators;
                break;
            }
        }
    }

    const Run first = otxdesk({u"export-misp"_s,
                               u"--json"_s,
                               u"--database"_s,
                               database,
                               u"--misp-url"_s,
                               misp.baseUrl().toString()});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY(!first.out.contains(MISP_KEY.toUtf8()) && !first.err.contains(MISP_KEY.toUtf8()));
    const QJsonObject outcome = QJsonDocument::fromJson(first.out).object();
    QCOMPARE(outcome[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(outcome[u"pulses"_s].toArray().size(), m_fake->pulses().size());
    QCOMPARE(misp.eventCount(), withIndicators);
    for (const QJsonValue &p : outcome[u"pulses"_s].toArray()) {
        QCOMPARE(p[u"attributes_rejected"_s].toInt(), 0);
        QCOMPARE(p[u"attributes_dropped"_s].toInt(), 0);
    }

    misp.clearRequests();
    const Run second = otxdesk({u"export-misp"_s,
                                u"--json"_s,
                                u"--database"_s,
                                database,
                                u"--misp-url"_s,
                                misp.baseUrl().toString()});
    QCOMPARE(second.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(second.out)[u"pulses"_s].toArray().size(), 0);
    QCOMPARE(misp.requestCount(u"POST"_s, {}), 0);

    // One pulse by id, and publishing it.
    const QString id = m_fake->pulses().constFirst()[u"id"_s].toString();
    const Run publish = otxdesk({u"export-misp"_s,
                                 u"--pulse"_s,
                                 id,
                                 u"--publish"_s,
                                 u"--database"_s,
                                 database,
                                 u"--misp-url"_s,
                                 misp.baseUrl().toString()});
    QVERIFY2(publish.exitCode == 0, publish.err.constData());
    QCOMPARE(misp.requestCount(u"POST"_s, u"/events/publish"_s), 1);
}

void TestCommandLine::exportMispArgumentsAndKey()
{
    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"x.sqlite"_s);
    // No server anywhere: a usage error.
    QCOMPARE(otxdesk({u"export-misp"_s, u"--database"_s, database}).exitCode, 2);
    QCOMPARE(otxdesk({u"export-misp"_s,
                      u"--pending"_s,
                      u"0"_s,
                      u"--database"_s,
                      database,
                      u"--misp-url"_s,
                      u"http://127.0.0.1:9"_s})
                     .exitCode,
             2);
    QCOMPARE(otxdesk({u"sync"_s, u"--publish"_s, u"--database"_s, database}).exitCode, 2);
    // No key in the environment and no keychain: it says how to give one.
    m_withMispKey = false;
    const Run noKey = otxdesk({u"export-misp"_s,
                               u"--database"_s,
                               database,
                               u"--misp-url"_s,
                               u"http://127.0.0.1:9"_s});
    QCOMPARE(noKey.exitCode, 1);
    QVERIFY2(noKey.err.contains("OTXDESK_MISP_KEY"), noKey.err.constData());
}

void TestCommandLine::enrichWithKeysFromTheEnvironment()
{
    // Two keys for this run, comma-separated; the fake knows both.
    const QString second = QString(63, u'0') + u'9';
    m_fake->setApiKeys({TEST_KEY, second});
    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"enrich.sqlite"_s);
    QFile values(dir.filePath(u"values.txt"_s));
    QVERIFY(values.open(QIODevice::WriteOnly));
    values.write("# pasted from a report\nalpha.example\nhostname mail.beta.example\n"
                 "gamma.example\nnot a value\nsomeone@example.org\n");
    values.close();
    const QStringList args = {u"enrich"_s,
                              u"--values"_s,
                              values.fileName(),
                              u"--json"_s,
                              u"--database"_s,
                              database,
                              u"--otx-url"_s,
                              m_fake->baseUrl().toString()};
    const QHash<QString, QString> env = {{u"OTXDESK_OTX_KEY"_s, TEST_KEY + u", "_s + second}};
    Run r = otxdeskWith(args, env, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out[u"status"_s].toString(), u"completed"_s);
    QCOMPARE(out[u"enriched"_s].toInt(), 3);
    QCOMPARE(out[u"not_enrichable"_s].toInt(), 1); // the e-mail address
    QCOMPARE(out[u"unknown_values"_s].toInt(), 1);
    // Domain and hostname: general, geo and passive DNS each; both keys took a share.
    const int sent = m_fake->ledger(0).accepted + m_fake->ledger(1).accepted;
    QCOMPARE(out[u"http_requests"_s].toInt(), sent);
    QCOMPARE(sent, 9);
    QVERIFY(m_fake->ledger(0).accepted > 0 && m_fake->ledger(1).accepted > 0);
    QCOMPARE(m_fake->indicatorRequestCount(u"hostname"_s, u"mail.beta.example"_s, u"geo"_s), 1);
    QVERIFY(!r.out.contains(TEST_KEY.toUtf8()) && !r.err.contains(TEST_KEY.toUtf8()));

    // Again: everything is fresh, nothing is sent.
    r = otxdeskWith(args, env, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object()[u"fresh"_s].toInt(), 3);
    QCOMPARE(m_fake->ledger(0).accepted + m_fake->ledger(1).accepted, 9);

    // Without any key (none in the environment, no keychain): it stops, says so, exit 1.
    QVERIFY(values.open(QIODevice::WriteOnly));
    values.write("delta.example\n");
    values.close();
    r = otxdeskWith(args, {}, false);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject stopped = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(stopped[u"status"_s].toString(), u"stopped"_s);
    QVERIFY2(stopped[u"stopped_because"_s].toString().contains(u"no OTX key"_s), r.out.constData());
}

void TestCommandLine::keysVerbsWithTheKeychain()
{
    {
        KeychainSecretStore keychain;
        if (auto probe = keychain.probe(); !probe) {
            if (qEnvironmentVariable("CI") == u"true"_s) {
                QFAIL(qPrintable(u"The keychain should work here: "_s + probe.error().text()));
            }
            QSKIP("No keychain on this machine; ./scripts/test starts one.");
        }
    }
    QTemporaryDir dir;
    const QString database = u"sqlite:"_s + dir.filePath(u"keys.sqlite"_s);
    // Names of their own, so that a developer's real keys are never touched.
    const QString suffix = QString::number(QCoreApplication::applicationPid());
    const QString good = u"cli-good-"_s + suffix;
    const QString bad = u"cli-bad-"_s + suffix;
    const QString renamed = u"cli-renamed-"_s + suffix;
    auto keys = [&](const QStringList &args, const QByteArray &input = {}) {
        Run r = otxdeskWith(QStringList{u"keys"_s} + args
                                    + QStringList{u"--database"_s,
                                                  database,
                                                  u"--otx-url"_s,
                                                  m_fake->baseUrl().toString()},
                            {},
                            true,
                            input);
        // No secret ever reaches the output.
        if (r.out.contains(TEST_KEY.toUtf8()) || r.err.contains(TEST_KEY.toUtf8())) {
            r.exitCode = -100;
        }
        return r;
    };
    auto list = [&] {
        return QJsonDocument::fromJson(keys({u"list"_s, u"--json"_s}).out).array();
    };

    QCOMPARE(keys({u"add"_s, good}, TEST_KEY.toUtf8() + "\n").exitCode, 0);
    QCOMPARE(keys({u"add"_s, bad, u"--daily-limit"_s, u"50"_s}, "not-the-key\n").exitCode, 0);
    QCOMPARE(keys({u"add"_s, good}, "again\n").exitCode, 1); // the name is taken
    QCOMPARE(keys({u"add"_s}).exitCode, 2);
    QJsonArray listed = list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed[0][u"name"_s].toString(), good); // the first key is the primary
    QVERIFY(listed[0][u"primary"_s].toBool());
    QCOMPARE(listed[1][u"daily_limit"_s].toInt(), 50);

    // Test both: the good one passes, the bad one is refused (exit 1 for the run).
    const Run tested = keys({u"test"_s});
    QCOMPARE(tested.exitCode, 1);
    listed = list();
    QCOMPARE(listed[0][u"health"_s].toString(), u"ok"_s);
    QCOMPARE(listed[1][u"health"_s].toString(), u"invalid"_s);
    QCOMPARE(listed[0][u"used_today"_s].toInt(), 1);

    // A sync without OTXDESK_OTX_KEY takes the key ring's primary and counts its requests.
    m_fake->setPulses({});
    const Run sync = otxdeskWith(
            {u"sync"_s, u"--database"_s, database, u"--otx-url"_s, m_fake->baseUrl().toString()},
            {},
            true);
    QVERIFY2(sync.exitCode == 0, sync.err.constData());
    QVERIFY(list()[0][u"used_today"_s].toInt() > 1);

    QCOMPARE(keys({u"primary"_s, bad}).exitCode, 0);
    QCOMPARE(list()[0][u"name"_s].toString(), bad);
    QCOMPARE(keys({u"rename"_s, bad, renamed}).exitCode, 0);
    QCOMPARE(keys({u"remove"_s, good}).exitCode, 0);
    QCOMPARE(keys({u"remove"_s, renamed}).exitCode, 0);
    QCOMPARE(keys({u"remove"_s, renamed}).exitCode, 1);
    QVERIFY(list().isEmpty());
    // The secrets left the keychain with the keys.
    KeychainSecretStore keychain;
    for (const QString &name : {good, bad, renamed}) {
        QCOMPARE(keychain.read(u"otx-key:"_s + name).error().code, SecretError::NotFound);
    }
}

void TestCommandLine::enrichFromMisp()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeMispServer misp;
    misp.setApiKey(MISP_KEY);
    QVERIFY(misp.listen());
    auto attribute = [](const QString &type, const QString &category, const QString &value) {
        return QJsonObject{{u"type"_s, type}, {u"category"_s, category}, {u"value"_s, value}};
    };
    QVERIFY(!misp.seedEvent(QJsonObject{
                                    {u"info"_s, u"Campaign"_s},
                                    {u"threat_level_id"_s, u"1"_s},
                                    {u"Attribute"_s,
                                     QJsonArray{attribute(u"ip-dst"_s,
                                                          u"Network activity"_s,
                                                          u"192.0.2.77"_s),
                                                attribute(u"domain"_s,
                                                          u"Network activity"_s,
                                                          u"c2.example"_s),
                                                attribute(u"md5"_s,
                                                          u"Payload delivery"_s,
                                                          QString(32, u'b'))}},
                            })
                     .isEmpty());
    QTemporaryDir dir;
    const Run r = otxdeskWith({u"enrich"_s,
                               u"--misp"_s,
                               u"--types"_s,
                               u"ip-dst,domain"_s,
                               u"--misp-url"_s,
                               misp.baseUrl().toString(),
                               u"--otx-url"_s,
                               m_fake->baseUrl().toString(),
                               u"--database"_s,
                               u"sqlite:"_s + dir.filePath(u"misp.sqlite"_s),
                               u"--json"_s},
                              {{u"OTXDESK_OTX_KEY"_s, TEST_KEY}, {u"OTXDESK_MISP_KEY"_s, MISP_KEY}},
                              false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject out = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(out[u"misp_attributes"_s].toInt(), 2); // the md5 was filtered out by MISP
    QCOMPARE(out[u"enriched"_s].toInt(), 2);
    QCOMPARE(m_fake->indicatorRequestCount(u"IPv4"_s, u"192.0.2.77"_s, u"general"_s), 1);
    QCOMPARE(m_fake->indicatorRequestCount(u"domain"_s, u"c2.example"_s, u"general"_s), 1);
    QVERIFY(!r.out.contains(MISP_KEY.toUtf8()) && !r.err.contains(MISP_KEY.toUtf8()));
}

// The binary carries its translations: the help is in Portuguese under a Brazilian locale,
// and the language chosen in Settings wins over the locale either way.
void TestCommandLine::theLanguageFollowsTheLocaleAndSettings()
{
    const QList<Catalogue::Message> catalogue = Catalogue::read(
            QStringLiteral(OTXDESK_SOURCE_DIR) + u"/translations/otxdesk_pt_BR.ts"_s);
    QString source;
    for (const Catalogue::Message &m : catalogue) {
        if (m.source.startsWith(u"otxdesk: AlienVault OTX pulses in a local store."_s)) {
            source = m.source;
        }
    }
    QVERIFY(!source.isEmpty());
    const QString english = source.section(u'\n', 0, 0);
    const QString portuguese = Catalogue::translationOf(catalogue, source).section(u'\n', 0, 0);
    QVERIFY(!portuguese.isEmpty() && portuguese != english);

    const QHash<QString, QString> brazil = {{u"LC_ALL"_s, u"pt_BR.UTF-8"_s},
                                            {u"LANG"_s, u"pt_BR.UTF-8"_s},
                                            {u"LANGUAGE"_s, QString()}};
    const QHash<QString, QString> plain = {{u"LC_ALL"_s, u"C"_s},
                                           {u"LANG"_s, u"C"_s},
                                           {u"LANGUAGE"_s, QString()}};
    Run run = otxdeskWith({u"--help"_s}, brazil, false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(QString::fromUtf8(run.out).contains(portuguese), run.out.left(300).constData());
    run = otxdeskWith({u"--help"_s}, plain, false);
    QVERIFY2(QString::fromUtf8(run.out).contains(english), run.out.left(300).constData());

    // Settings → General → Language, as the window saves it.
    const QString settingsFile = m_home->filePath(u"config/otxdesk/otxdesk.conf"_s);
    QVERIFY(QDir().mkpath(QFileInfo(settingsFile).absolutePath()));
    for (const auto &[chosen, env, expected] :
         {std::tuple{u"en"_s, brazil, english}, std::tuple{u"pt_BR"_s, plain, portuguese}}) {
        QFile file(settingsFile);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[ui]\nlanguage=" + chosen.toUtf8() + "\n");
        file.close();
        run = otxdeskWith({u"--help"_s}, env, false);
        QVERIFY2(QString::fromUtf8(run.out).contains(expected), qPrintable(chosen));
    }
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"

#include "models/Database.h"
#include "models/KeyStore.h"
#include "tests/common/TestDatabases.h"

#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

// The OTX keys' metadata on both engines: names, primary, limits, usage per day, health.
class TestKeyStore : public QObject
{
    Q_OBJECT

private slots:
    void addRemoveRenamePrimary_data() { TestDatabases::addEngineRows(); }
    void addRemoveRenamePrimary();
    void usageCountsPerDayAndResets_data() { TestDatabases::addEngineRows(); }
    void usageCountsPerDayAndResets();
    void concurrentCountsAreNeverLost_data() { TestDatabases::addEngineRows(); }
    void concurrentCountsAreNeverLost();
    void concurrentReservationsKeepTheBudget_data() { TestDatabases::addEngineRows(); }
    void concurrentReservationsKeepTheBudget();
    void healthIsStored_data() { TestDatabases::addEngineRows(); }
    void healthIsStored();
    void namesAreChecked();
};

void TestKeyStore::addRemoveRenamePrimary()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"keys"_s, true);
    QVERIFY(c.ok());
    KeyStore store(c.db());

    auto first = store.add(u"  work "_s, 9000, 120, 1000);
    QVERIFY2(first, qPrintable(first.error().text()));
    QCOMPARE(first->name, u"work"_s);
    QVERIFY(first->primary); // the first key is the primary
    QCOMPARE(first->dailyLimit, 9000);
    QCOMPARE(first->health, OtxKeyHealth::Unknown);
    QVERIFY(store.add(u"team"_s, 5000, 60, 2000));
    QVERIFY(store.add(u"backup"_s, 100, 0, 3000));
    QVERIFY(!store.key(u"team"_s)->primary);

    auto duplicate = store.add(u"team"_s, 1, 1, 4000);
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().code, u"keys.duplicate"_s);

    // Listed primary first, then by name.
    auto names = [&] {
        QStringList out;
        const auto keys = store.keys();
        for (const OtxKeyInfo &k : keys.value()) {
            out.append(k.name);
        }
        return out;
    };
    QCOMPARE(names(), (QStringList{u"work"_s, u"backup"_s, u"team"_s}));

    QVERIFY(store.setPrimary(u"team"_s));
    QCOMPARE(names(), (QStringList{u"team"_s, u"backup"_s, u"work"_s}));
    QVERIFY(!store.setPrimary(u"nobody"_s));

    QVERIFY(store.rename(u"backup"_s, u"spare"_s));
    QVERIFY(!store.key(u"backup"_s));
    QCOMPARE(store.key(u"spare"_s)->dailyLimit, 100);
    QCOMPARE(store.rename(u"spare"_s, u"team"_s).error().code, u"keys.duplicate"_s);
    QCOMPARE(store.rename(u"nobody"_s, u"x"_s).error().code, u"keys.not_found"_s);

    QVERIFY(store.setLimits(u"spare"_s, 250, 30));
    QCOMPARE(store.key(u"spare"_s)->dailyLimit, 250);
    QCOMPARE(store.key(u"spare"_s)->perMinute, 30);

    // Removing the primary hands it to the oldest remaining key ("work", added first).
    QVERIFY(store.remove(u"team"_s));
    QCOMPARE(names(), (QStringList{u"work"_s, u"spare"_s}));
    QVERIFY(store.key(u"work"_s)->primary);
    QCOMPARE(store.remove(u"team"_s).error().code, u"keys.not_found"_s);
    QVERIFY(store.remove(u"work"_s));
    QVERIFY(store.key(u"spare"_s)->primary);
}

void TestKeyStore::usageCountsPerDayAndResets()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"keys"_s, true);
    QVERIFY(c.ok());
    KeyStore store(c.db());
    QVERIFY(store.add(u"a"_s, 10, 0, 0));
    QVERIFY(store.add(u"b"_s, 10, 0, 0));

    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(store.recordUse(u"a"_s, u"2026-12-04"_s).value(), i);
    }
    QCOMPARE(store.recordUse(u"a"_s, u"2026-12-04"_s, 4).value(), 7);
    const OtxKeyInfo a = store.key(u"a"_s).value();
    QCOMPARE(a.usedOn(u"2026-12-04"_s), 7);
    QCOMPARE(a.remainingOn(u"2026-12-04"_s), 3);
    // The next day starts from zero without any reset having run...
    QCOMPARE(a.usedOn(u"2026-12-05"_s), 0);
    QCOMPARE(a.remainingOn(u"2026-12-05"_s), 10);
    // ... and the first request of that day counts as one.
    QCOMPARE(store.recordUse(u"a"_s, u"2026-12-05"_s).value(), 1);
    QCOMPARE(store.recordUse(u"nobody"_s, u"2026-12-05"_s).error().code, u"keys.not_found"_s);

    // The midnight reset touches the keys whose count is from another day: "b" (never used)
    // and none else once "a" counts for the new day.
    QCOMPARE(store.resetUsage(u"2026-12-05"_s).value(), 1);
    QCOMPARE(store.key(u"a"_s)->usedOn(u"2026-12-05"_s), 1);
    QCOMPARE(store.resetUsage(u"2026-12-06"_s).value(), 2);
    QCOMPARE(store.key(u"a"_s)->usedOn(u"2026-12-06"_s), 0);
    QCOMPARE(store.key(u"a"_s)->usageDay, u"2026-12-06"_s);
}

void TestKeyStore::concurrentCountsAreNeverLost()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    {
        ScopedConnection c(config, u"keys"_s, true);
        QVERIFY(c.ok());
        QVERIFY(KeyStore(c.db()).add(u"shared"_s, 9000, 0, 0));
    }
    // Four threads, each with its own connection, count 50 requests each.
    constexpr int THREADS = 4;
    constexpr int EACH = 50;
    QList<QFuture<int>> futures;
    for (int t = 0; t < THREADS; ++t) {
        futures.append(QtConcurrent::run([config = config] {
            ScopedConnection c(config, Database::uniqueConnectionName(u"count"_s));
            if (!c.ok()) {
                return 0;
            }
            KeyStore store(c.db());
            int done = 0;
            for (int i = 0; i < EACH; ++i) {
                done += store.recordUse(u"shared"_s, u"2026-12-04"_s) ? 1 : 0;
            }
            return done;
        }));
    }
    int counted = 0;
    for (QFuture<int> &f : futures) {
        counted += f.result();
    }
    QCOMPARE(counted, THREADS * EACH);
    ScopedConnection c(config, u"keys-read"_s);
    QCOMPARE(KeyStore(c.db()).key(u"shared"_s)->usedOn(u"2026-12-04"_s), THREADS * EACH);
}

// Four writers (as four desktops would) reserve requests on one key whose budget is smaller
// than their wish: between them they get exactly the budget, and the stored count stops there.
void TestKeyStore::concurrentReservationsKeepTheBudget()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    constexpr int BUDGET = 90;
    constexpr int ALREADY_USED = 7;
    {
        ScopedConnection c(config, u"keys"_s, true);
        QVERIFY(c.ok());
        QVERIFY(KeyStore(c.db()).add(u"shared"_s, BUDGET, 0, 0));
        QVERIFY(KeyStore(c.db()).recordUse(u"shared"_s, u"2026-12-04"_s, ALREADY_USED));
    }
    constexpr int THREADS = 4;
    constexpr int EACH = 40; // 160 wished for, 83 left
    QList<QFuture<int>> futures;
    for (int t = 0; t < THREADS; ++t) {
        futures.append(QtConcurrent::run([config = config] {
            ScopedConnection c(config, Database::uniqueConnectionName(u"reserve"_s));
            if (!c.ok()) {
                return -1000;
            }
            KeyStore store(c.db());
            int granted = 0;
            for (int i = 0; i < EACH; ++i) {
                const auto reserved = store.reserveUse(u"shared"_s, u"2026-12-04"_s);
                if (!reserved) {
                    return -1000;
                }
                granted += reserved.value() ? 1 : 0;
            }
            return granted;
        }));
    }
    int granted = 0;
    for (QFuture<int> &f : futures) {
        granted += f.result();
    }
    QCOMPARE(granted, BUDGET - ALREADY_USED);
    ScopedConnection c(config, u"keys-read"_s);
    KeyStore store(c.db());
    QCOMPARE(store.key(u"shared"_s)->usedOn(u"2026-12-04"_s), BUDGET);
    // A new day has the whole budget again.
    const auto nextDay = store.reserveUse(u"shared"_s, u"2026-12-05"_s);
    QVERIFY(nextDay && nextDay.value() && *nextDay.value() == 1);
    // A desktop still on the 4th (another zone) counts against the 5th, never restarts it.
    for (int i = 0; i < BUDGET + 5; ++i) {
        const QString day = i % 2 == 0 ? u"2026-12-04"_s : u"2026-12-05"_s;
        QVERIFY(store.reserveUse(u"shared"_s, day));
    }
    QCOMPARE(store.key(u"shared"_s)->usageDay, u"2026-12-05"_s);
    QCOMPARE(store.key(u"shared"_s)->usedOn(u"2026-12-05"_s), BUDGET);
    const auto behind = store.reserveUse(u"shared"_s, u"2026-12-04"_s);
    QVERIFY(behind && !behind.value());
    QCOMPARE(store.recordUse(u"shared"_s, u"2026-12-04"_s).value(), BUDGET + 1);
    QCOMPARE(store.resetUsage(u"2026-12-04"_s).value(), 0); // the reset never goes back
    QCOMPARE(store.key(u"shared"_s)->usedOn(u"2026-12-05"_s), BUDGET + 1);
}

void TestKeyStore::healthIsStored()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"keys"_s, true);
    QVERIFY(c.ok());
    KeyStore store(c.db());
    QVERIFY(store.add(u"a"_s, 10, 0, 0));
    QVERIFY(store.setHealth(u"a"_s, OtxKeyHealth::Limited, 70000, u"429"_s, 10000));
    OtxKeyInfo a = store.key(u"a"_s).value();
    QCOMPARE(a.health, OtxKeyHealth::Limited);
    QCOMPARE(a.limitedUntilMs, std::optional<qint64>(70000));
    QCOMPARE(a.lastCheckMs, std::optional<qint64>(10000));
    QCOMPARE(a.lastError, u"429"_s);
    QVERIFY(store.setHealth(u"a"_s, OtxKeyHealth::Ok, std::nullopt, {}, 20000));
    a = store.key(u"a"_s).value();
    QCOMPARE(a.health, OtxKeyHealth::Ok);
    QVERIFY(!a.limitedUntilMs);
    QVERIFY(a.lastError.isEmpty());
    QCOMPARE(store.setHealth(u"b"_s, OtxKeyHealth::Ok, {}, {}, 0).error().code,
             u"keys.not_found"_s);
}

void TestKeyStore::namesAreChecked()
{
    QVERIFY(!KeyStore::cleanName(u"   "_s));
    QVERIFY(!KeyStore::cleanName(QString(65, u'x')));
    QVERIFY(KeyStore::cleanName(QString(64, u'x')));
    QVERIFY(!KeyStore::cleanName(u"a\tb"_s));
    QCOMPARE(KeyStore::cleanName(u" équipe 2 "_s).value(), u"équipe 2"_s);
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"

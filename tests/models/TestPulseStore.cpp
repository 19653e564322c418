#include "models/Database.h"
#include "models/PulseStore.h"
#include "tests/common/TestDatabases.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PulseIndicator indicator(const QString &type, const QString &value, qint64 id)
{
    PulseIndicator ind;
    ind.type = type;
    ind.value = value;
    ind.otxId = id;
    ind.createdMs = 1700000000000 + id;
    return ind;
}

Pulse pulse(const QString &id, int revision, qint64 modifiedMs, QList<PulseIndicator> indicators)
{
    Pulse p;
    p.otxId = id;
    p.name = u"Pulse "_s + id;
    p.revision = revision;
    p.modifiedMs = modifiedMs;
    p.createdMs = 1600000000000;
    p.tlp = u"green"_s;
    p.tags = {u"apt"_s, u"phishing"_s};
    p.indicators = std::move(indicators);
    p.rawJson = "{}";
    return p;
}

qint64 count(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

class TestPulseStore : public QObject
{
    Q_OBJECT

private slots:
    void firstWriteCountsEverything_data() { TestDatabases::addEngineRows(); }
    void firstWriteCountsEverything();
    void unchangedPulseCostsNoWrites_data() { TestDatabases::addEngineRows(); }
    void unchangedPulseCostsNoWrites();
    void newRevisionReplacesLinks_data() { TestDatabases::addEngineRows(); }
    void newRevisionReplacesLinks();
    void sharedIndicatorStoredOnce_data() { TestDatabases::addEngineRows(); }
    void sharedIndicatorStoredOnce();
    void cursorFollowsCompletedRunsOnly_data() { TestDatabases::addEngineRows(); }
    void cursorFollowsCompletedRunsOnly();
    void jsonDumpUsesOtxFieldNames_data() { TestDatabases::addEngineRows(); }
    void jsonDumpUsesOtxFieldNames();
    void syncedPerDayFollowsTheZone_data() { TestDatabases::addEngineRows(); }
    void syncedPerDayFollowsTheZone();
};

void TestPulseStore::firstWriteCountsEverything()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    PulseStore store(c.db());
    const auto run = store.startRun(u"full"_s, {}, u"test-key"_s, std::nullopt);
    QVERIFY(run);
    // Two duplicates inside the pulse (case and a trailing dot) and one unknown type.
    const QList<Pulse> page = {
            pulse(u"a1"_s,
                  1,
                  1000,
                  {indicator(u"domain"_s, u"Evil.example"_s, 1),
                   indicator(u"domain"_s, u"evil.example."_s, 2),
                   indicator(u"IPv4"_s, u"198.51.100.1"_s, 3),
                   indicator(u"X-FutureType"_s, u"something new"_s, 4)}),
            pulse(u"b2"_s, 2, 2000, {indicator(u"IPv4"_s, u"198.51.100.1"_s, 5)}),
    };
    const auto counts = store.writePage(page, run.value());
    QVERIFY2(counts, qPrintable(counts.error().text()));
    QCOMPARE(counts->pulsesNew, 2);
    QCOMPARE(counts->indicatorsNew, 3); // evil.example, 198.51.100.1, the unknown type
    QCOMPARE(counts->indicatorsLinked, 4);
    QCOMPARE(*counts->maxModifiedMs, qint64(2000));
    QCOMPARE(count(c.db(), u"SELECT COUNT(*) FROM indicators WHERE type = 'X-FutureType'"_s), 1);
    QCOMPARE(count(c.db(), u"SELECT indicator_count FROM pulses WHERE otx_id = 'a1'"_s), 3);
    // The link keeps the value as OTX sent it; the first spelling wins.
    QSqlQuery q(c.db());
    QVERIFY(q.exec(u"SELECT pi.raw_value, i.value FROM pulse_indicators pi "
                   "JOIN indicators i ON i.id = pi.indicator_id WHERE i.type = 'domain'"_s));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), u"Evil.example"_s);
    QCOMPARE(q.value(1).toString(), u"evil.example"_s);
    q.finish();
    const auto stored = store.run(run.value());
    QVERIFY(stored);
    QCOMPARE(stored->counts.pages, 1);
    QCOMPARE(stored->counts.pulsesNew, 2);
    QCOMPARE(stored->counts.indicatorsLinked, qint64(4));
    QCOMPARE(stored->status, SyncStatus::Running);
}

void TestPulseStore::unchangedPulseCostsNoWrites()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    PulseStore store(c.db());
    const auto run = store.startRun(u"full"_s, {}, {}, std::nullopt);
    const QList<Pulse> page = {pulse(u"a1"_s, 1, 1000, {indicator(u"IPv4"_s, u"192.0.2.1"_s, 1)})};
    QVERIFY(store.writePage(page, run.value()));
    const qint64 syncedAt = count(c.db(), u"SELECT synced_at FROM pulses"_s);
    QTest::qWait(5);
    const auto again = store.writePage(page, run.value());
    QVERIFY(again);
    QCOMPARE(again->pulsesUnchanged, 1);
    QCOMPARE(again->pulsesNew + again->pulsesUpdated, 0);
    QCOMPARE(again->indicatorsNew + again->indicatorsLinked + again->indicatorsUnlinked, 0);
    QCOMPARE(count(c.db(), u"SELECT synced_at FROM pulses"_s), syncedAt);
}

void TestPulseStore::newRevisionReplacesLinks()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    PulseStore store(c.db());
    const auto run = store.startRun(u"full"_s, {}, {}, std::nullopt);
    QVERIFY(store.writePage({pulse(u"a1"_s,
                                   1,
                                   1000,
                                   {indicator(u"IPv4"_s, u"192.0.2.1"_s, 1),
                                    indicator(u"IPv4"_s, u"192.0.2.2"_s, 2)})},
                            run.value()));
    // Revision 2 drops .1, keeps .2 and adds .3.
    const auto counts = store.writePage({pulse(u"a1"_s,
                                               2,
                                               1000,
                                               {indicator(u"IPv4"_s, u"192.0.2.2"_s, 2),
                                                indicator(u"IPv4"_s, u"192.0.2.3"_s, 3)})},
                                        run.value());
    QVERIFY2(counts, qPrintable(counts.error().text()));
    QCOMPARE(counts->pulsesUpdated, 1);
    QCOMPARE(counts->indicatorsNew, 1);
    QCOMPARE(counts->indicatorsLinked, 1);
    QCOMPARE(counts->indicatorsUnlinked, 1);
    QCOMPARE(count(c.db(), u"SELECT COUNT(*) FROM indicators"_s), 3); // unlinked, not deleted
    QCOMPARE(count(c.db(), u"SELECT COUNT(*) FROM pulse_indicators WHERE linked = 1"_s), 2);
    QCOMPARE(count(c.db(),
                   u"SELECT COUNT(*) FROM pulse_indicators pi JOIN indicators i "
                   "ON i.id = pi.indicator_id WHERE pi.linked = 0 AND i.value = '192.0.2.1'"_s),
             1);
    // A later `modified` with the same revision also counts as a change; .1 comes back.
    const auto relinked =
            store.writePage({pulse(u"a1"_s, 2, 2000, {indicator(u"IPv4"_s, u"192.0.2.1"_s, 1)})},
                            run.value());
    QVERIFY(relinked);
    QCOMPARE(relinked->pulsesUpdated, 1);
    QCOMPARE(relinked->indicatorsLinked, 1);
    QCOMPARE(relinked->indicatorsUnlinked, 2);
    QCOMPARE(count(c.db(), u"SELECT indicator_count FROM pulses"_s), 1);
}

void TestPulseStore::sharedIndicatorStoredOnce()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    PulseStore store(c.db());
    const auto run = store.startRun(u"full"_s, {}, {}, std::nullopt);
    QVERIFY(store.writePage({pulse(u"a1"_s, 1, 1, {indicator(u"FileHash-MD5"_s, u"ABC"_s, 1)})},
                            run.value()));
    const auto second =
            store.writePage({pulse(u"b2"_s, 1, 1, {indicator(u"FileHash-MD5"_s, u"abc"_s, 2)})},
                            run.value());
    QVERIFY(second);
    QCOMPARE(second->indicatorsNew, 0);
    QCOMPARE(second->indicatorsLinked, 1);
    QCOMPARE(count(c.db(), u"SELECT COUNT(*) FROM indicators"_s), 1);
    QCOMPARE(count(c.db(), u"SELECT COUNT(*) FROM pulse_indicators"_s), 2);
}

void TestPulseStore::cursorFollowsCompletedRunsOnly()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    PulseStore store(c.db());
    QVERIFY(!store.incrementalCursor().value().has_value());
    const auto failed = store.startRun(u"full"_s, {}, {}, std::nullopt);
    QVERIFY(store.writePage({pulse(u"a1"_s, 1, 5000, {})}, failed.value()));
    QVERIFY(store.finishRun(failed.value(), SyncStatus::Failed, u"boom"_s));
    QVERIFY(!store.incrementalCursor().value().has_value());
    const auto done = store.startRun(u"full"_s, {}, {}, std::nullopt);
    QVERIFY(store.writePage({pulse(u"b2"_s, 1, 4000, {})}, done.value()));
    QVERIFY(store.finishRun(done.value(), SyncStatus::Completed, {}));
    QCOMPARE(store.incrementalCursor().value().value(), qint64(4000));
    // A search never moves the cursor.
    const auto search = store.startRun(u"search"_s, u"x"_s, {}, std::nullopt);
    QVERIFY(store.writePage({pulse(u"c3"_s, 1, 9000, {})}, search.value()));
    QVERIFY(store.finishRun(search.value(), SyncStatus::Completed, {}));
    QCOMPARE(store.incrementalCursor().value().value(), qint64(4000));
}

void TestPulseStore::jsonDumpUsesOtxFieldNames()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    PulseStore store(c.db());
    const auto run = store.startRun(u"full"_s, {}, {}, std::nullopt);
    PulseIndicator legacy = indicator(u"URL"_s, u"http://a.example/x\ty"_s, 0);
    legacy.otxId.reset();
    legacy.legacyId = u"56a3cbf84637f23551f3be3d"_s;
    QVERIFY(store.writePage({pulse(u"b2"_s, 3, 1705312800123, {legacy}), pulse(u"a1"_s, 1, 1, {})},
                            run.value()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(store.writePulsesJson(buffer));
    QJsonParseError error;
    const QJsonArray all = QJsonDocument::fromJson(buffer.data(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0][u"id"_s].toString(), u"a1"_s);
    const QJsonObject b = all[1].toObject();
    QCOMPARE(b[u"modified"_s].toString(), u"2024-01-15T10:00:00.123Z"_s);
    QCOMPARE(b[u"revision"_s].toInt(), 3);
    QCOMPARE(b[u"tlp"_s].toString(), u"green"_s);
    QCOMPARE(b[u"tags"_s].toArray().size(), 2);
    QVERIFY(b[u"description"_s].isNull());
    const QJsonObject ind = b[u"indicators"_s][0].toObject();
    QCOMPARE(ind[u"id"_s].toString(), legacy.legacyId);
    QCOMPARE(ind[u"indicator"_s].toString(), legacy.value);
    QCOMPARE(ind[u"type"_s].toString(), u"URL"_s);
    QCOMPARE(ind[u"is_active"_s].toInt(), 1);
}

// The Overview's pulses-per-day: runs grouped by the day they started, in the zone given.
void TestPulseStore::syncedPerDayFollowsTheZone()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"test"_s);
    struct
    {
        const char *started;
        int fresh;
        int updated;
    } runs[] = {
            {"2026-11-01T12:00:00Z", 100, 100}, // before the window
            {"2026-12-03T23:30:00Z", 2, 0},
            {"2026-12-04T00:30:00Z", 3, 1},
            {"2026-12-04T10:00:00Z", 5, 0},
    };
    QSqlQuery q(c.db());
    for (const auto &run : runs) {
        const qint64 at = QDateTime::fromString(QString::fromLatin1(run.started), Qt::ISODate)
                                  .toMSecsSinceEpoch();
        q.prepare(u"INSERT INTO sync_runs (kind, started, heartbeat, status, pulses_new, "
                  "pulses_updated) VALUES ('full', ?, ?, 'completed', ?, ?)"_s);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(run.fresh);
        q.addBindValue(run.updated);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    PulseStore store(c.db());
    const qint64 from =
            QDateTime::fromString(u"2026-11-05T00:00:00Z"_s, Qt::ISODate).toMSecsSinceEpoch();
    const auto asText = [&](int offsetSeconds) {
        QStringList out;
        const auto days = store.syncedPerDay(from, offsetSeconds);
        if (!days) {
            return QStringList{days.error().text()};
        }
        for (const DaySyncCounts &d : days.value()) {
            out.append(u"%1 %2/%3"_s.arg(d.day.toString(Qt::ISODate))
                               .arg(d.newPulses)
                               .arg(d.updatedPulses));
        }
        return out;
    };
    QCOMPARE(asText(0), (QStringList{u"2026-12-03 2/0"_s, u"2026-12-04 8/1"_s}));
    QCOMPARE(asText(3600), (QStringList{u"2026-12-04 10/1"_s})); // UTC+1: 00:30, 01:30, 11:00
    QCOMPARE(asText(-7200), (QStringList{u"2026-12-03 5/1"_s, u"2026-12-04 5/0"_s}));
}

QTEST_GUILESS_MAIN(TestPulseStore)
#include "TestPulseStore.moc"

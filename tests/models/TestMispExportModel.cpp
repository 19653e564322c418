#include "models/Database.h"
#include "models/MispExportModel.h"
#include "models/MispExportStore.h"
#include "models/MispProblemModel.h"
#include "models/PulseStore.h"
#include "tests/common/TestDatabases.h"
#include "tests/models/ModelFixtures.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString SERVER = u"https://misp.example/"_s;

void fetchAll(QAbstractItemModel &model)
{
    while (model.canFetchMore({})) {
        model.fetchMore({});
    }
}

} // namespace

// The export state as the panel lists it, on both engines: pending reasons, filters, counts,
// problems, and the same reasons from the store's pending().
class TestMispExportModel : public QObject
{
    Q_OBJECT

private slots:
    void statesReasonsAndFilters_data() { TestDatabases::addEngineRows(); }
    void statesReasonsAndFilters();
};

void TestMispExportModel::statesReasonsAndFilters()
{
    QFETCH(QString, engine);
    QTemporaryDir dir;
    OTXDESK_REQUIRE_ENGINE(engine, dir);
    ScopedConnection c(config, u"model"_s);
    QVERIFY(c.ok());
    PulseStore store(c.db());
    const QList<Pulse> pulses = ModelFixtures::pulses(6);
    QVERIFY(ModelFixtures::writeAll(store, pulses));

    // Pulse rows 1..6: 1 never exported, 2 exported and unchanged, 3 exported at an older
    // revision, 4 failed, 5 blocked, 6 exported with two refusals; and 2 also exported to
    // another server, which must not show.
    MispExportStore exports(c.db(), MispExportStore::serverKey(SERVER));
    auto rowId = [&](int i) {
        return store.loadPulse(pulses.at(i).otxId).value().rowId;
    };
    auto exported = [&](int i) {
        const Pulse p = store.loadPulse(pulses.at(i).otxId).value();
        MispExportState s;
        s.pulseRowId = p.rowId;
        s.eventId = QString::number(100 + i);
        s.eventUuid = u"uuid-%1"_s.arg(i);
        s.status = MispExportStatus::Exported;
        s.exportedRevision = p.revision;
        s.exportedModifiedMs = p.modifiedMs;
        s.exportedAtMs = 1;
        s.attemptedAtMs = 1;
        s.attributesSent = 10;
        s.attributesAccepted = 10;
        return s;
    };
    QVERIFY(exports.saveState(exported(1)));
    MispExportState older = exported(2);
    older.exportedRevision = *older.exportedRevision - 1;
    QVERIFY(exports.saveState(older));
    MispExportState failed = exported(3);
    failed.status = MispExportStatus::Failed;
    failed.lastError = u"MISP had a server error"_s;
    QVERIFY(exports.saveState(failed));
    MispExportState blocked = exported(4);
    blocked.status = MispExportStatus::Blocked;
    QVERIFY(exports.saveState(blocked));
    MispExportState refusals = exported(5);
    refusals.attributesAccepted = 8;
    refusals.attributesRejected = 2;
    QVERIFY(exports.saveState(
            refusals,
            QList<MispExportProblem>{
                    {u"rejected"_s,
                     u"IPv4"_s,
                     u"ip-dst"_s,
                     u"999.1.1.1"_s,
                     u"u1"_s,
                     u"IP address has an invalid format."_s},
                    {u"skipped"_s, u"osquery"_s, {}, u"select 1"_s, {}, u"no type"_s}}));
    MispExportStore other(c.db(), MispExportStore::serverKey(u"https://other.example"_s));
    QVERIFY(other.saveState(exported(0)));

    MispExportModel model(c.db());
    QAbstractItemModelTester tester(&model);
    model.setServer(SERVER);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 6);
    QHash<QString, QString> state;
    for (int row = 0; row < model.rowCount(); ++row) {
        state.insert(model.index(row, 0).data(MispExportModel::OtxIdRole).toString(),
                     model.index(row, MispExportModel::State)
                             .data(MispExportModel::RawValueRole)
                             .toString());
    }
    QCOMPARE(state.value(pulses.at(0).otxId), u"new"_s);
    QCOMPARE(state.value(pulses.at(1).otxId), u"exported"_s);
    QCOMPARE(state.value(pulses.at(2).otxId), u"changed"_s);
    QCOMPARE(state.value(pulses.at(3).otxId), u"failed"_s);
    QCOMPARE(state.value(pulses.at(4).otxId), u"blocked"_s);
    QCOMPARE(state.value(pulses.at(5).otxId), u"exported"_s);

    model.setFilter(MispExportModel::Filter::Pending);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 3);
    model.setFilter(MispExportModel::Filter::Problems);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 3); // failed, blocked, with refusals
    model.setFilter(MispExportModel::Filter::Exported);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 2);
    model.sort(MispExportModel::Rejected, Qt::DescendingOrder);
    QCOMPARE(model.index(0, MispExportModel::Rejected).data().toInt(), 2);

    // The store agrees on what waits, and why.
    auto pending = exports.pending();
    QVERIFY(pending);
    QCOMPARE(pending.value().size(), 3);
    const auto stats = model.stats();
    QVERIFY(stats);
    QCOMPARE(stats.value()[u"pulses"_s].toInt(), 6);
    QCOMPARE(stats.value()[u"exported"_s].toInt(), 2);
    QCOMPARE(stats.value()[u"pending"_s].toInt(), 3);
    QCOMPARE(stats.value()[u"blocked"_s].toInt(), 1);

    MispProblemModel problems(c.db());
    QAbstractItemModelTester problemTester(&problems);
    problems.setPulse(SERVER, rowId(5));
    QCOMPARE(problems.rowCount(), 2);
    problems.setPulse(SERVER, rowId(1));
    QCOMPARE(problems.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestMispExportModel)
#include "TestMispExportModel.moc"

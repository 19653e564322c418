#include "models/Database.h"
#include "models/MispExportModel.h"
#include "models/PulseStore.h"
#include "services/AppSettings.h"
#include "services/OtxParser.h"
#include "services/SecretStore.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/Fixtures.h"
#include "ui/Dialogs.h"
#include "ui/MainWindow.h"
#include "ui/MispExportPanel.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace {

const QString MISP_KEY = u"gui00000000000000000000000000000000000ab"_s;

int rowOf(QAbstractItemModel *model, const QString &otxId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(MispExportModel::OtxIdRole).toString() == otxId) {
            return row;
        }
    }
    return -1;
}

} // namespace

// The MISP export panel end to end, offscreen, against the fake MISP: the analyst exports all
// waiting pulses, reads each pulse's result and what MISP refused, and publishes.
class TestExportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportAllWaitingShowsResults();
};

void TestExportGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Dialogs::setTestMode(true);
}

void TestExportGui::exportAllWaitingShowsResults()
{
    OTXDESK_REQUIRE_FIXTURES();
    FakeMispServer misp;
    misp.setApiKey(MISP_KEY);
    QVERIFY(misp.listen());

    // Three pulses: an ordinary one, one with two values MISP refuses, one MISP cannot take.
    const QJsonObject ordinary =
            Fixtures::fieldCase(u"F10-reexport-same-event.json"_s)[u"steps"_s][0][u"export"_s]
                    .toObject();
    QJsonObject refused =
            Fixtures::fieldCase(u"F10-reexport-same-event.json"_s)[u"steps"_s][1][u"export"_s]
                    .toObject();
    QJsonArray indicators = refused[u"indicators"_s].toArray();
    indicators.append(
            QJsonObject{{u"id"_s, 11}, {u"type"_s, u"IPv4"_s}, {u"indicator"_s, u"999.1.1.1"_s}});
    indicators.append(
            QJsonObject{{u"id"_s, 12}, {u"type"_s, u"FileHash-MD5"_s}, {u"indicator"_s, u"abc"_s}});
    refused[u"indicators"_s] = indicators;
    const QJsonObject unsupported =
            Fixtures::fieldCase(u"F07-indicator-type-mapping.json"_s)[u"pulse_all_unsupported"_s]
                    .toObject();

    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"settings.ini"_s));
    settings.setSchedulerActive(false); // no scheduled job may start mid-test
    DatabaseConfig database;
    database.sqlitePath = dir.filePath(u"gui.sqlite"_s);
    settings.setDatabase(database);
    settings.setMispBaseUrl(misp.baseUrl());
    {
        ScopedConnection c(database, u"test-store"_s, true);
        QVERIFY(c.ok());
        PulseStore store(c.db());
        QList<Pulse> pulses;
        for (const QJsonObject &json : {ordinary, refused, unsupported}) {
            pulses.append(OtxParser::parsePulse(json).value());
        }
        auto run = store.startRun(u"pulse"_s, {}, u"test"_s, std::nullopt);
        QVERIFY(run);
        QVERIFY(store.writePage(pulses, run.value()));
    }
    MemorySecretStore secrets;
    QVERIFY(secrets.write(SecretKeys::MispApiKey, MISP_KEY));
    QThreadPool pool;

    {
        MainWindow window(settings, secrets, pool, database);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(MainWindow::Panel::MispExport);
        MispExportPanel *panel = window.mispExportPanel();
        QVERIFY(panel && panel->isVisible());
        panel->setOptionsOverride([](MispExportOptions &o) { o.misp.backoffBaseMs = 10; });

        auto *table = panel->findChild<QTableView *>(u"mispExportTable"_s);
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QVERIFY2(model->rowCount() == 3,
                 qPrintable(panel->findChild<QLabel *>(u"exportResultLabel"_s)->text()));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model->index(row, MispExportModel::State)
                             .data(MispExportModel::RawValueRole)
                             .toString(),
                     u"new"_s);
        }
        auto *exportPending = panel->findChild<QPushButton *>(u"exportPendingButton"_s);
        QVERIFY(exportPending && exportPending->isEnabled());

        QSignalSpy finished(panel, &MispExportPanel::exportFinished);
        QTest::mouseClick(exportPending, Qt::LeftButton);
        QTRY_VERIFY(panel->findChild<QPushButton *>(u"cancelExportButton"_s)->isVisible()
                    || finished.size() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QVERIFY(!panel->isBusy());

        // Two events; per pulse the state and the counts read back from MISP.
        QCOMPARE(misp.eventCount(), 2);
        QCOMPARE(model->rowCount(), 3);
        const int ordinaryRow = rowOf(model, ordinary[u"id"_s].toString());
        const int refusedRow = rowOf(model, refused[u"id"_s].toString());
        const int unsupportedRow = rowOf(model, unsupported[u"id"_s].toString());
        QVERIFY(ordinaryRow >= 0 && refusedRow >= 0 && unsupportedRow >= 0);
        auto cell = [&](int row, int column) {
            return model->index(row, column).data(MispExportModel::RawValueRole);
        };
        QCOMPARE(cell(ordinaryRow, MispExportModel::State).toString(), u"exported"_s);
        QCOMPARE(cell(ordinaryRow, MispExportModel::Accepted).toInt(),
                 ordinary[u"indicators"_s].toArray().size());
        QCOMPARE(cell(refusedRow, MispExportModel::Accepted).toInt(), 1);
        QCOMPARE(cell(refusedRow, MispExportModel::Rejected).toInt(), 2);
        QCOMPARE(cell(unsupportedRow, MispExportModel::State).toString(), u"skipped"_s);
        QVERIFY(!model->index(ordinaryRow, MispExportModel::Event).data().toString().isEmpty());

        // The refused pulse: its event is a link into MISP, and the refusals carry reasons.
        table->setCurrentIndex(model->index(refusedRow, 0));
        auto *detail = panel->findChild<QLabel *>(u"mispDetailLabel"_s);
        const QString eventId = model->index(refusedRow, MispExportModel::Event).data().toString();
        QVERIFY2(detail->text().contains(u"/events/view/"_s + eventId), qPrintable(detail->text()));
        auto *problems = panel->findChild<QTableView *>(u"mispProblemTable"_s);
        QCOMPARE(problems->model()->rowCount(), 2);
        QStringList reasons;
        for (int row = 0; row < 2; ++row) {
            reasons << problems->model()->index(row, 4).data().toString();
        }
        QVERIFY2(reasons.join(u' ').contains(u"IP address has an invalid format."_s),
                 qPrintable(reasons.join(u' ')));

        // Publish the ordinary pulse's event.
        table->selectionModel()->clearSelection();
        table->selectRow(ordinaryRow);
        auto *publish = panel->findChild<QPushButton *>(u"publishButton"_s);
        QTRY_VERIFY(publish->isEnabled());
        QTest::mouseClick(publish, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
        QCOMPARE(misp.requestCount(u"POST"_s, u"/events/publish"_s), 1);
        QVERIFY(misp.event(eventId).isEmpty()
                || !misp.event(eventId)[u"Event"_s][u"published"_s].toBool());
        const QString ordinaryEvent =
                model->index(rowOf(model, ordinary[u"id"_s].toString()), MispExportModel::Event)
                        .data()
                        .toString();
        QVERIFY(misp.event(ordinaryEvent)[u"Event"_s][u"published"_s].toBool());

        // Export all waiting again: nothing waits, nothing is sent.
        misp.clearRequests();
        QTest::mouseClick(exportPending, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
        QCOMPARE(misp.requestCount(u"POST"_s, {}), 0);
        auto *stats = panel->findChild<QLabel *>(u"mispStatsLabel"_s);
        QVERIFY2(stats->text().contains(u"2 exported"_s), qPrintable(stats->text()));

        // TLS verification off for this server is said plainly.
        settings.setMispVerifyTls(misp.baseUrl(), false);
        panel->refresh();
        QVERIFY(panel->findChild<QLabel *>(u"mispTlsOffLabel"_s)->isVisible());
    }
    QVERIFY(Dialogs::takeShown().isEmpty());
}

QTEST_MAIN(TestExportGui)
#include "TestExportGui.moc"

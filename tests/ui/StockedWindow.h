#pragma once

// A main window on a store filled the way an analyst's would be, for tests that look at every
// panel (screenshots, translations): the fixture pulses synced from the fake OTX, three of
// them exported to the fake MISP, and one pulse's indicators enriched.

#include "models/Database.h"
#include "models/KeyStore.h"
#include "services/AppSettings.h"
#include "services/KeyRing.h"
#include "services/SecretStore.h"
#include "tests/support/FakeMispServer.h"
#include "tests/support/FakeOtxServer.h"
#include "ui/EnrichmentPanel.h"
#include "ui/MainWindow.h"
#include "ui/MispExportPanel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

struct StockedWindow
{
    // Placeholders, not real keys.
    inline static const QString OTX_KEY = QString(63, u'0') + u'9';
    inline static const QString MISP_KEY =
            QStringLiteral("shot0000000000000000000000000000000000ab");

    FakeOtxServer otx;
    FakeMispServer misp;
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    MemorySecretStore secrets;
    QThreadPool pool;
    std::unique_ptr<MainWindow> window;

    /// Builds and shows the window; false (with `*why`) when a step failed.
    bool build(QString *why)
    {
        otx.setApiKeys({OTX_KEY});
        misp.setApiKey(MISP_KEY);
        if (!otx.loadFixtureCorpus() || otx.listen() == 0 || !misp.listen()) {
            *why = QStringLiteral("the fake servers did not start");
            return false;
        }
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setSchedulerActive(false);
        settings->setOtxBaseUrl(otx.baseUrl());
        settings->setMispBaseUrl(misp.baseUrl());
        settings->setDesktopName(QStringLiteral("analyst@ws1"));
        DatabaseConfig database;
        database.sqlitePath = dir.filePath(QStringLiteral("stocked.sqlite"));
        settings->setDatabase(database);
        {
            ScopedConnection c(database, QStringLiteral("setup"), true);
            if (!c.ok() || !KeyStore(c.db()).add(QStringLiteral("team"), 9000, 0, 0)) {
                *why = QStringLiteral("the database could not be set up");
                return false;
            }
        }
        if (!secrets.write(SecretKeys::otxKey(QStringLiteral("team")), OTX_KEY)
            || !secrets.write(SecretKeys::MispApiKey, MISP_KEY)) {
            *why = QStringLiteral("the keys could not be stored");
            return false;
        }
        window = std::make_unique<MainWindow>(*settings, secrets, pool, database);
        window->setSyncOptionsOverride([](SyncOptions &o) { o.pageSize = 5; });
        window->resize(1400, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            *why = QStringLiteral("the window was not shown");
            return false;
        }

        QSignalSpy synced(window.get(), &MainWindow::syncFinished);
        window->syncNow();
        if (!synced.wait(60000)) {
            *why = QStringLiteral("the sync did not end");
            return false;
        }
        QSignalSpy exported(window->mispExportPanel(), &MispExportPanel::exportFinished);
        if (!window->mispExportPanel()->exportPending(3) || !exported.wait(60000)) {
            *why = QStringLiteral("the export did not end");
            return false;
        }
        QSignalSpy enriched(window->enrichmentPanel(), &EnrichmentPanel::enrichmentFinished);
        window->enrichmentPanel()->enrichPulse(otx.pulses().first()[u"id"].toString());
        window->enrichmentPanel()->enrich();
        if (!enriched.wait(60000)) {
            *why = QStringLiteral("the enrichment did not end");
            return false;
        }
        return true;
    }
};

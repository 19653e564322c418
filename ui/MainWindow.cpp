#include "ui/MainWindow.h"

#include "models/Database.h"
#include "models/EnrichmentTableModel.h"
#include "models/MispExportModel.h"
#include "models/MispProblemModel.h"
#include "models/PulseIndicatorModel.h"
#include "models/PulseTableModel.h"
#include "models/SyncHistoryModel.h"
#include "services/AppSettings.h"
#include "services/JobRunner.h"
#include "services/KeyRing.h"
#include "services/Scheduler.h"
#include "services/SecretStore.h"
#include "ui/Dialogs.h"
#include "ui/EnrichmentPanel.h"
#include "ui/JobsView.h"
#include "ui/Logging.h"
#include "ui/MispExportPanel.h"
#include "ui/OverviewPanel.h"
#include "ui/PulseBrowser.h"
#include "ui/PulseDetailView.h"
#include "ui/ScheduleBox.h"
#include "ui/SettingsPanel.h"
#include "ui/SyncHistoryPanel.h"
#include "ui/TrayIcon.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DAY_MS = 24LL * 3600 * 1000;

const QString GEOMETRY_KEY = u"mainWindow/geometry"_s;
const QString STATE_KEY = u"mainWindow/state"_s;
const QString SPLITTER_KEY = u"mainWindow/splitter"_s;
const QString PANEL_KEY = u"mainWindow/panel"_s;
const QString LAST_SEARCH_KEY = u"mainWindow/lastSearch"_s;

/// The OTX key for a sync, read off the GUI thread.
struct KeyLookup
{
    QString key;
    QString keyName;       ///< what sync history shows; never the key
    bool fromRing = false; ///< a key of the key ring, whose usage is counted
    QString ringReason;    ///< why the key ring gave no key (it has keys, none usable now)
    Error error;
};

/// A 24-hex pulse id from an id or a pulse page address; empty when it is neither.
QString pulseIdFrom(const QString &input)
{
    static const QRegularExpression id(u"^[0-9a-fA-F]{24}$"_s);
    static const QRegularExpression page(u"/pulse/([0-9a-fA-F]{24})/?$"_s);
    const QString text = input.trimmed();
    if (id.match(text).hasMatch()) {
        return text.toLower();
    }
    const QUrl url(text, QUrl::StrictMode);
    if (url.isValid() && !url.host().isEmpty()) {
        if (const auto m = page.match(url.path()); m.hasMatch()) {
            return m.captured(1).toLower();
        }
    }
    return {};
}

} // namespace

MainWindow::MainWindow(AppSettings &settings,
                       SecretStore &secrets,
                       QThreadPool &pool,
                       const DatabaseConfig &database,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_pool(pool)
    , m_database(database)
    , m_sessionSecrets(std::make_shared<MemorySecretStore>())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("otxdesk"));

    m_connectionName = Database::uniqueConnectionName(u"gui"_s);
    auto opened = Database::open(m_database, m_connectionName);
    if (opened) {
        m_db = opened.value();
    } else {
        m_databaseError = opened.error().message;
        qCCritical(lcUi) << "The window's database connection failed."
                         << "database:" << m_database.displayName()
                         << "error:" << opened.error().detail;
    }
    m_pulseModel = new PulseTableModel(m_db, this);
    m_indicatorModel = new PulseIndicatorModel(m_db, this);
    m_historyModel = new SyncHistoryModel(m_db, this);
    m_exportModel = new MispExportModel(m_db, this);
    m_problemModel = new MispProblemModel(m_db, this);
    m_enrichmentModel = new EnrichmentTableModel(m_db, this);
    m_jobRunner = new JobRunner(
            m_pool,
            m_database,
            JobRunner::Desktop{m_settings.desktopId(), m_settings.desktopName()},
            [this](const QString &id) { return startScheduledJob(id); },
            this);
    m_scheduler = new Scheduler(
            m_settings.scheduleTimeZone(),
            [this](const QString &id, std::optional<qint64> due) {
                return m_jobRunner->start(id, due);
            },
            [this](const QString &id) { return isJobRunning(id); },
            {},
            this);
    m_scheduler->setJobs(m_settings.scheduledJobs());

    m_tray = new TrayIcon(this);
    connect(m_tray, &TrayIcon::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_tray, &TrayIcon::syncRequested, this, &MainWindow::syncNow);
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::onQuitRequested);
    connect(m_tray, &TrayIcon::notified, this, [this](const QString &title, const QString &text) {
        statusBar()->showMessage(tr("%1: %2").arg(title, text));
    });
    createPanels();
    createActions();
    restoreUiState();
    updateActions();

    connect(m_scheduler, &Scheduler::scheduleChanged, this, [this] {
        m_settings.setSchedulerLastSeen(QDateTime::currentMSecsSinceEpoch());
        showNextRun();
    });
    showNextRun();
    connect(m_scheduler,
            &Scheduler::jobSkipped,
            this,
            [this](const QString &id, const QString &why) {
                m_scheduleBox->setOutcome(id, tr("skipped: %1").arg(why));
            });
    connect(m_jobRunner, &JobRunner::skipped, this, [this](const QString &id, const QString &why) {
        m_scheduleBox->setOutcome(id, tr("skipped: %1").arg(why));
    });
    connect(m_jobRunner, &JobRunner::lastRunRead, m_scheduleBox, &ScheduleBox::setLastRun);
    m_jobRunner->readLastRuns();
    if (m_settings.schedulerActive()) {
        // Jobs due while otxdesk was closed run now, once each; then at their times.
        m_scheduler->start(m_settings.schedulerLastSeen());
    }
}

bool MainWindow::isJobRunning(const QString &id) const
{
    if (m_jobRunner->isClaiming(id) || m_jobRunner->isRunning(id)) {
        return true;
    }
    if (id == u"sync"_s) {
        return isSyncBusy();
    }
    if (id == u"enrich"_s) {
        return m_enrichmentPanel->isBusy();
    }
    if (id == u"export"_s) {
        return m_exportPanel->isBusy();
    }
    return false;
}

bool MainWindow::startScheduledJob(const QString &id)
{
    qCInfo(lcUi) << "A scheduled job is starting."
                 << "job:" << id;
    if (id == u"sync"_s) {
        if (isSyncBusy()) {
            return false;
        }
        m_nextSyncScheduled = true;
        startSync(SyncRequest{});
        return true;
    }
    if (id == u"enrich"_s) {
        return m_enrichmentPanel->enrichPending(m_settings.scheduledEnrichCount());
    }
    if (id == u"export"_s) {
        return m_exportPanel->exportPending(m_settings.scheduledExportCount());
    }
    if (id == u"reset-usage"_s) {
        auto *watcher = new QFutureWatcher<Result<int>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            const Result<int> reset = watcher->result();
            jobEnded(u"reset-usage"_s,
                     reset ? tr("%n key(s) started a new day.", nullptr, reset.value())
                           : reset.error().text());
            m_enrichmentPanel->refresh();
        });
        // Usage days are the system's everywhere (the ring, the Keys dialog, the command
        // line), whatever zone the schedule uses: the reset starts the system's day.
        watcher->setFuture(QtConcurrent::run(&m_pool, [database = m_database] {
            return KeyRing::resetUsage(database,
                                       QDateTime::currentMSecsSinceEpoch(),
                                       QTimeZone::systemTimeZone());
        }));
        return true;
    }
    return false;
}

void MainWindow::showNextRun()
{
    std::optional<qint64> next;
    QString job;
    for (const ScheduledJob &j : m_settings.scheduledJobs()) {
        const auto at = m_scheduler->nextRun(j.id);
        if (at && (!next || *at < *next)) {
            next = at;
            job = ScheduleBox::jobName(j.id);
        }
    }
    m_overviewPanel->setNextRun(m_settings.schedulerActive() ? next : std::nullopt, job);
}

void MainWindow::jobEnded(const QString &id, const QString &outcome)
{
    m_scheduleBox->setOutcome(id, outcome);
    m_overviewPanel->refresh();
    m_jobRunner->ended(id, outcome);
}

MainWindow::~MainWindow()
{
    saveUiState();
    if (m_syncWatcher) {
        // The job stops at its next check; main() waits for the pool.
        m_syncWatcher->disconnect(this);
        m_syncWatcher->cancel();
    }
    // Views and models hold the connection: they go before it is removed.
    delete takeCentralWidget();
    delete m_pulseModel;
    delete m_indicatorModel;
    delete m_historyModel;
    delete m_exportModel;
    delete m_problemModel;
    delete m_enrichmentModel;
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void MainWindow::setSyncOptionsOverride(std::function<void(SyncOptions &)> adjust)
{
    m_syncOptionsOverride = std::move(adjust);
}

bool MainWindow::isSyncBusy() const
{
    return m_syncStarting || m_syncWatcher != nullptr;
}

MainWindow::Panel MainWindow::currentPanel() const
{
    return static_cast<Panel>(m_stack->currentIndex());
}

void MainWindow::createPanels()
{
    m_navigation = new QListWidget;
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(150);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"panels"_s);

    m_browser = new PulseBrowser(m_settings, m_pulseModel, m_indicatorModel);
    m_historyPanel = new SyncHistoryPanel(m_settings, m_historyModel);
    m_settingsPanel =
            new SettingsPanel(m_settings, m_secrets, m_sessionSecrets, m_pool, m_database);
    m_exportPanel = new MispExportPanel(m_settings,
                                        m_secrets,
                                        m_sessionSecrets,
                                        m_pool,
                                        m_database,
                                        m_exportModel,
                                        m_problemModel);
    m_enrichmentPanel = new EnrichmentPanel(m_settings,
                                            m_secrets,
                                            m_sessionSecrets,
                                            m_pool,
                                            m_database,
                                            m_enrichmentModel);

    m_overviewPanel = new OverviewPanel(m_settings, m_pool, m_database);
    m_scheduleBox = new ScheduleBox(m_settings, *m_scheduler);
    m_overviewPanel->addBox(m_scheduleBox);
    QWidget *overview = m_overviewPanel;

    const QStyle *s = style();
    const struct
    {
        QString name;
        QStyle::StandardPixmap icon;
        QWidget *panel;
    } panels[] = {
            {tr("Pulses"), QStyle::SP_FileDialogDetailedView, m_browser},
            {tr("Sync history"), QStyle::SP_FileDialogContentsView, m_historyPanel},
            {tr("MISP export"), QStyle::SP_ArrowForward, m_exportPanel},
            {tr("Enrichment"), QStyle::SP_FileDialogInfoView, m_enrichmentPanel},
            {tr("Overview"), QStyle::SP_ComputerIcon, overview},
            {tr("Settings"), QStyle::SP_FileDialogListView, m_settingsPanel},
    };
    for (const auto &p : panels) {
        new QListWidgetItem(s->standardIcon(p.icon), p.name, m_navigation);
        m_stack->addWidget(p.panel);
    }
    // Wide enough for the longest name in any language.
    m_navigation->setMinimumWidth(
            std::max(150, m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 8));
    connect(m_navigation,
            &QListWidget::currentRowChanged,
            m_stack,
            &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1100});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    if (!m_databaseError.isEmpty()) {
        auto *banner = new QLabel(tr("The database could not be opened: %1 Choose another "
                                     "database under Settings; the change applies after a "
                                     "restart. No sync can run until the database works.")
                                          .arg(m_databaseError),
                                  central);
        banner->setObjectName(u"databaseErrorBanner"_s);
        banner->setWordWrap(true);
        banner->setMargin(8);
        banner->setAutoFillBackground(true);
        QPalette palette = banner->palette();
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe7, 0xe9));
        palette.setColor(QPalette::WindowText, QColor(0x80, 0x10, 0x18));
        banner->setPalette(palette);
        layout->addWidget(banner);
    }
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_jobsView = new JobsView;
    m_jobsView->setObjectName(u"jobsView"_s);
    auto *dock = new QDockWidget(tr("Jobs"), this);
    dock->setObjectName(u"jobsDock"_s);
    dock->setWidget(m_jobsView);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_databaseLabel->setText(
            m_databaseError.isEmpty()
                    ? tr("Database: %1").arg(m_database.displayName())
                    : tr("Database unavailable: %1").arg(m_database.displayName()));
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_settingsPanel, &SettingsPanel::secretsSaved, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(m_settingsPanel, &SettingsPanel::saved, m_exportPanel, &MispExportPanel::refresh);
    connect(m_settingsPanel, &SettingsPanel::saved, this, [this] {
        m_jobRunner->setDesktopName(m_settings.desktopName());
        m_scheduler->setTimeZone(m_settings.scheduleTimeZone());
        m_scheduler->setJobs(m_settings.scheduledJobs());
    });
    connect(m_exportPanel,
            &MispExportPanel::jobStarted,
            this,
            [this](const QString &title, QFutureWatcherBase *watcher) {
                m_jobsView->addJob(title, watcher);
                if (auto *dock = findChild<QDockWidget *>(u"jobsDock"_s)) {
                    dock->show();
                }
                connect(watcher, &QFutureWatcherBase::finished, this, &MainWindow::updateActions);
                updateActions();
            });
    connect(m_browser->detailView(),
            &PulseDetailView::enrichRequested,
            this,
            [this](const QString &otxId) {
                showPanel(Panel::Enrichment);
                m_enrichmentPanel->enrichPulse(otxId);
            });
    connect(m_enrichmentPanel,
            &EnrichmentPanel::jobStarted,
            this,
            [this](const QString &title, QFutureWatcherBase *watcher) {
                m_jobsView->addJob(title, watcher);
                if (auto *dock = findChild<QDockWidget *>(u"jobsDock"_s)) {
                    dock->show();
                }
                connect(watcher, &QFutureWatcherBase::finished, this, &MainWindow::updateActions);
                updateActions();
            });
    connect(m_enrichmentPanel,
            &EnrichmentPanel::enrichmentFinished,
            this,
            [this](const QString &text) {
                statusBar()->showMessage(text);
                jobEnded(u"enrich"_s, text);
                m_browser->refresh();
                updateActions();
            });
    connect(m_exportPanel, &MispExportPanel::exportFinished, this, [this](const QString &text) {
        jobEnded(u"export"_s, text);
        statusBar()->showMessage(text);
        updateActions();
    });
    connect(m_exportPanel, &MispExportPanel::openSettingsRequested, this, [this] {
        showPanel(Panel::Settings);
        if (auto *edit = m_settingsPanel->findChild<QWidget *>(u"mispUrlEdit"_s)) {
            edit->setFocus(Qt::OtherFocusReason);
        }
    });
}

void MainWindow::createActions()
{
    const QStyle *s = style();
    auto action = [this](const QString &objectName,
                         const QString &text,
                         const QKeySequence &shortcut,
                         const QString &tip) {
        auto *a = new QAction(text, this);
        a->setObjectName(objectName);
        if (!shortcut.isEmpty()) {
            a->setShortcut(shortcut);
            a->setToolTip(u"%1 (%2)"_s.arg(tip, shortcut.toString(QKeySequence::NativeText)));
        } else {
            a->setToolTip(tip);
        }
        a->setStatusTip(tip);
        return a;
    };

    m_syncNowAction = action(u"syncNowAction"_s,
                             tr("&Sync now"),
                             QKeySequence(Qt::CTRL | Qt::Key_R),
                             tr("Fetch what changed in your subscribed OTX feed"));
    m_syncNowAction->setIcon(s->standardIcon(QStyle::SP_BrowserReload));
    m_syncEverythingAction =
            action(u"syncEverythingAction"_s,
                   tr("Sync &everything again"),
                   {},
                   tr("Fetch the whole subscribed feed again (within the first-sync look-back)"));
    m_searchAction = action(u"searchAction"_s,
                            tr("Search &OTX…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                            tr("Search OTX for pulses and store what it finds"));
    m_searchAction->setIcon(s->standardIcon(QStyle::SP_FileDialogContentsView));
    m_fetchPulseAction = action(u"fetchPulseAction"_s,
                                tr("&Fetch pulse by id…"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                                tr("Fetch one pulse by its OTX id"));
    m_fetchPulseAction->setIcon(s->standardIcon(QStyle::SP_ArrowDown));
    m_cancelJobsAction = action(u"cancelJobsAction"_s,
                                tr("&Cancel running jobs"),
                                QKeySequence(Qt::CTRL | Qt::Key_Period),
                                tr("Stop the running jobs; what they stored is kept"));
    m_cancelJobsAction->setIcon(s->standardIcon(QStyle::SP_BrowserStop));
    auto *refresh = action(u"refreshAction"_s,
                           tr("&Refresh"),
                           QKeySequence(Qt::Key_F5),
                           tr("Read the pulses and the sync history again"));
    auto *filter = action(u"filterAction"_s,
                          tr("&Filter pulses"),
                          QKeySequence(Qt::CTRL | Qt::Key_F),
                          tr("Type to filter the pulse table"));
    auto *settings = action(u"settingsAction"_s,
                            tr("&Settings…"),
                            QKeySequence(Qt::CTRL | Qt::Key_Comma),
                            tr("OTX server and key, database"));
    auto *exportSelected = action(u"exportSelectedAction"_s,
                                  tr("&Export selected pulses to MISP"),
                                  QKeySequence(Qt::CTRL | Qt::Key_E),
                                  tr("Export the pulses selected in the MISP export panel"));
    auto *exportPending = action(u"exportPendingAction"_s,
                                 tr("Export all &waiting pulses to MISP"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                 tr("Export every pulse never exported, changed since, or whose "
                                    "last export failed"));
    auto *enrich = action(u"enrichAction"_s,
                          tr("E&nrich indicators"),
                          QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return),
                          tr("Enrich what the Enrichment panel has chosen (Ctrl+Return there)"));
    auto *quit = action(u"quitAction"_s,
                        tr("&Quit"),
                        QKeySequence(Qt::CTRL | Qt::Key_Q),
                        tr("Close otxdesk; if jobs run, it asks whether to let them finish"));
    quit->setMenuRole(QAction::QuitRole);
    auto *about = action(u"aboutAction"_s, tr("&About otxdesk"), {}, tr("Version and purpose"));

    connect(m_syncNowAction, &QAction::triggered, this, &MainWindow::syncNow);
    connect(m_syncEverythingAction, &QAction::triggered, this, &MainWindow::syncEverything);
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::searchOtx);
    connect(m_fetchPulseAction, &QAction::triggered, this, &MainWindow::fetchPulseById);
    connect(m_cancelJobsAction, &QAction::triggered, this, &MainWindow::cancelJobs);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshData);
    connect(exportSelected, &QAction::triggered, this, [this] {
        showPanel(Panel::MispExport);
        m_exportPanel->exportSelected();
    });
    connect(exportPending, &QAction::triggered, this, [this] {
        if (currentPanel() == Panel::MispExport) {
            m_exportPanel->exportAllPending();
            return;
        }
        // From elsewhere the analyst may not see what waits: ask first.
        showPanel(Panel::MispExport);
        Dialogs::ask(this,
                     tr("Export to MISP"),
                     tr("Export every pulse waiting for export to MISP now? The MISP export "
                        "panel lists them."),
                     tr("Export"),
                     tr("Not now"),
                     this,
                     [this](bool yes) {
                         if (yes) {
                             m_exportPanel->exportAllPending();
                         }
                     });
    });
    connect(enrich, &QAction::triggered, this, [this] {
        showPanel(Panel::Enrichment);
        m_enrichmentPanel->enrich();
    });
    connect(filter, &QAction::triggered, this, [this] {
        showPanel(Panel::Pulses);
        m_browser->focusFilter();
    });
    connect(settings, &QAction::triggered, this, [this] { showPanel(Panel::Settings); });
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(about, &QAction::triggered, this, [this] {
        Dialogs::information(
                this,
                tr("About otxdesk"),
                tr("otxdesk %1\n\nA desktop workbench for AlienVault OTX pulses: "
                   "sync, browse and filter them, export them to MISP and enrich "
                   "their indicators, with keys kept in the OS keychain.\n\n"
                   "Database: %2")
                        .arg(QCoreApplication::applicationVersion(), m_database.displayName()));
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->addAction(m_syncNowAction);
    sync->addAction(m_syncEverythingAction);
    sync->addAction(m_searchAction);
    sync->addAction(m_fetchPulseAction);
    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addAction(exportSelected);
    jobs->addAction(exportPending);
    jobs->addAction(enrich);
    jobs->addSeparator();
    jobs->addAction(m_cancelJobsAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        auto *go = new QAction(m_navigation->item(i)->text(), this);
        go->setObjectName(u"showPanel%1Action"_s.arg(i));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
        view->addAction(go);
    }
    view->addSeparator();
    view->addAction(filter);
    view->addAction(refresh);
    if (auto *dock = findChild<QDockWidget *>(u"jobsDock"_s)) {
        view->addAction(dock->toggleViewAction());
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_syncNowAction);
    toolBar->addAction(m_searchAction);
    toolBar->addAction(m_fetchPulseAction);
    toolBar->addSeparator();
    toolBar->addAction(m_cancelJobsAction);
}

void MainWindow::syncNow()
{
    startSync(SyncRequest{});
}

void MainWindow::syncEverything()
{
    SyncRequest request;
    request.fullResync = true;
    startSync(request);
}

void MainWindow::searchOtx()
{
    if (isSyncBusy()) {
        return;
    }
    Dialogs::askText(this,
                     tr("Search OTX"),
                     tr("Search OTX for pulses about (a name, tag, adversary, malware or "
                        "indicator):"),
                     m_settings.uiValue(LAST_SEARCH_KEY).toString(),
                     this,
                     [this](const QString &text) {
                         const QString query = text.trimmed();
                         if (query.isEmpty()) {
                             statusBar()->showMessage(tr("Nothing to search for."), 5000);
                             return;
                         }
                         m_settings.setUiValue(LAST_SEARCH_KEY, query);
                         SyncRequest request;
                         request.mode = SyncRequest::Mode::Search;
                         request.query = query;
                         startSync(request);
                     });
}

void MainWindow::fetchPulseById()
{
    if (isSyncBusy()) {
        return;
    }
    Dialogs::askText(this,
                     tr("Fetch pulse by id"),
                     tr("OTX pulse id (24 hexadecimal characters) or the pulse's page address:"),
                     QString(),
                     this,
                     [this](const QString &text) {
                         const QString id = pulseIdFrom(text);
                         if (id.isEmpty()) {
                             Dialogs::warning(
                                     this,
                                     tr("Not a pulse id"),
                                     tr("“%1” is not an OTX pulse id. A pulse id has 24 "
                                        "hexadecimal characters, such as "
                                        "57204e9b3c4c3e015d93cb12; the address of a pulse's "
                                        "page works too.")
                                             .arg(text.trimmed()));
                             return;
                         }
                         SyncRequest request;
                         request.mode = SyncRequest::Mode::Pulse;
                         request.pulseId = id;
                         startSync(request);
                     });
}

void MainWindow::startSync(const SyncRequest &request)
{
    if (isSyncBusy()) {
        statusBar()->showMessage(tr("A sync is already running; wait for it or cancel it."), 5000);
        return;
    }
    m_syncStarting = true;
    updateActions();
    statusBar()->showMessage(tr("Reading the OTX key…"));

    auto *watcher = new QFutureWatcher<KeyLookup>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        m_syncStarting = false;
        const KeyLookup lookup = watcher->result();
        if (std::exchange(m_syncCancelRequested, false)) {
            // Cancelled while its key was read: it never starts.
            m_nextSyncScheduled = false;
            m_syncUsesRing = false;
            SyncOutcome outcome;
            outcome.status = SyncStatus::Cancelled;
            const QString summary = tr("Sync cancelled before it started.");
            statusBar()->showMessage(summary);
            updateActions();
            jobEnded(u"sync"_s, summary);
            emit syncFinished(outcome);
            return;
        }
        if (!lookup.key.isEmpty()) {
            m_syncUsesRing = lookup.fromRing;
            launchSync(request, lookup.key, lookup.fromRing ? tr("key ring") : lookup.keyName);
            return;
        }
        updateActions();
        QString text;
        if (!lookup.ringReason.isEmpty()) {
            text = tr("The sync did not start: %1").arg(lookup.ringReason);
        } else if (lookup.error.code == SecretError::Unavailable) {
            text = tr("The sync did not start: the OTX key could not be read. %1\n\nIn "
                      "Settings you can enter the key for this session only.")
                           .arg(lookup.error.message);
        } else {
            text = tr("The sync did not start: no OTX API key is saved. Enter your key under "
                      "Settings (OTX → API key), then press Sync now again.");
        }
        statusBar()->showMessage(tr("The sync did not start: no OTX key."), 10000);
        qCWarning(lcUi) << "Sync not started: no OTX key."
                        << "reason:" << lookup.error.code;
        jobEnded(u"sync"_s, text);
        if (std::exchange(m_nextSyncScheduled, false)) {
            return; // nobody asked for it just now: the schedule view says why, no dialog
        }
        Dialogs::ask(this,
                     tr("No OTX key"),
                     text,
                     tr("Open Settings"),
                     tr("Not now"),
                     this,
                     [this](bool open) {
                         if (open) {
                             showPanel(Panel::Settings);
                             if (auto *edit =
                                         m_settingsPanel->findChild<QWidget *>(u"otxKeyEdit"_s)) {
                                 edit->setFocus(Qt::OtherFocusReason);
                             }
                         }
                     });
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(QtConcurrent::run(
            &m_pool,
            [secrets, session = m_sessionSecrets, database = m_database] {
                KeyLookup lookup;
                if (auto key = session->read(SecretKeys::OtxApiKey);
                    key && !key.value().isEmpty()) {
                    lookup.key = key.value();
                    lookup.keyName = SecretKeys::OtxApiKey + u" (session)"_s;
                    return lookup;
                }
                // The key ring's choice (the primary while it has budget), else the Settings key.
                // TODO(keys): the Settings key is not part of the key ring: it has no limits or
                // usage count; the Keys dialog should take it over.
                const auto choice =
                        KeyRing::chooseFor(database, *secrets, QDateTime::currentMSecsSinceEpoch());
                if (choice && choice->kind == KeyChoice::Kind::Use) {
                    lookup.key = choice->secret;
                    lookup.keyName = choice->name;
                    lookup.fromRing = true;
                    return lookup;
                }
                if (choice) {
                    lookup.ringReason = choice->reason; // keys exist, none can be used now
                } else if (choice.error().code != u"keys.empty"_s) {
                    lookup.ringReason = choice.error().text();
                }
                auto key = secrets->read(SecretKeys::OtxApiKey);
                if (key && !key.value().trimmed().isEmpty()) {
                    lookup.key = key.value().trimmed();
                    lookup.keyName = SecretKeys::OtxApiKey;
                } else if (!key) {
                    lookup.error = key.error();
                }
                return lookup;
            }));
}

void MainWindow::launchSync(const SyncRequest &request, const QString &key, const QString &keyName)
{
    SyncOptions options;
    options.database = m_database;
    options.otx.baseUrl = m_settings.otxBaseUrl();
    options.otx.apiKey = key;
    options.keyName = keyName;
    options.scheduled = std::exchange(m_nextSyncScheduled, false);
    m_runningSyncScheduled = options.scheduled;
    if (std::exchange(m_syncUsesRing, false)) {
        // Each request takes the key ring's choice (session keys first), counted per request.
        options.keyRingSecrets =
                std::make_shared<SessionFirstSecretStore>(m_sessionSecrets, m_secrets);
        options.otx.apiKey.clear();
    }
    options.pageSize = m_settings.pageSize();
    if (const auto days = m_settings.firstSyncLookbackDays()) {
        options.firstSyncLookbackMs = static_cast<qint64>(*days) * DAY_MS;
    }
    if (m_syncOptionsOverride) {
        m_syncOptionsOverride(options);
    }

    m_syncWatcher = new QFutureWatcher<SyncOutcome>(this);
    connect(m_syncWatcher, &QFutureWatcherBase::finished, this, &MainWindow::onSyncFinished);
    // The run appears in history once the job has recorded it: at its first progress report,
    // or after a second when the server is slow to answer.
    connect(m_syncWatcher,
            &QFutureWatcherBase::progressTextChanged,
            m_historyModel,
            &SyncHistoryModel::refresh,
            Qt::SingleShotConnection);
    QTimer::singleShot(1000, m_syncWatcher, [this] { m_historyModel->refresh(); });
    m_jobsView->addJob(jobTitle(request), m_syncWatcher);
    if (auto *dock = findChild<QDockWidget *>(u"jobsDock"_s)) {
        dock->show();
    }
    m_syncClock.start();
    m_syncWatcher->setFuture(PulseSyncService::start(&m_pool, request, options));
    qCInfo(lcUi) << "Sync started from the window."
                 << "mode:" << static_cast<int>(request.mode) << "key:" << keyName;
    statusBar()->showMessage(tr("Sync started."), 3000);
    updateActions();
    emit syncStarted();
}

void MainWindow::onSyncFinished()
{
    QFutureWatcher<SyncOutcome> *watcher = std::exchange(m_syncWatcher, nullptr);
    if (!watcher) {
        return;
    }
    watcher->deleteLater();
    SyncOutcome outcome;
    QString summary;
    if (watcher->future().resultCount() > 0) {
        outcome = watcher->future().result();
        summary = PulseSyncService::summary(outcome);
    } else {
        // A cancelled future drops the job's late result; sync history has the counts.
        outcome.status = SyncStatus::Cancelled;
        outcome.durationMs = m_syncClock.elapsed();
        summary = tr("Sync cancelled after %1 s. The pages already stored are kept; see Sync "
                     "history for the counts.")
                          .arg(QString::number(outcome.durationMs / 1000.0, 'f', 1));
    }
    statusBar()->showMessage(summary);
    if (outcome.status == SyncStatus::Failed) {
        qCWarning(lcUi) << "Sync failed."
                        << "run:" << outcome.runId << "error:" << outcome.error.message;
    } else {
        qCInfo(lcUi) << "Sync ended."
                     << "run:" << outcome.runId << "status:" << outcome.status;
    }
    refreshData();
    updateActions();
    jobEnded(u"sync"_s, summary);
    const int brought = outcome.counts.pulsesNew + outcome.counts.pulsesUpdated;
    if (std::exchange(m_runningSyncScheduled, false) && brought > 0) {
        m_tray->notify(tr("New OTX pulses"),
                       tr("From the scheduled sync: new pulses %L1, updated pulses %L2.")
                               .arg(outcome.counts.pulsesNew)
                               .arg(outcome.counts.pulsesUpdated));
    }
    emit syncFinished(outcome);
}

void MainWindow::cancelJobs()
{
    m_exportPanel->cancel();
    m_enrichmentPanel->cancel();
    if (m_syncWatcher) {
        m_syncWatcher->cancel();
        statusBar()->showMessage(tr("Cancelling… the job stops after the current request."));
    } else if (m_syncStarting) {
        m_syncCancelRequested = true;
    }
}

void MainWindow::refreshData()
{
    m_overviewPanel->refresh();
    m_browser->refresh();
    m_historyModel->refresh();
    m_exportPanel->refresh();
    m_enrichmentPanel->refresh();
}

void MainWindow::showPanel(MainWindow::Panel panel)
{
    m_navigation->setCurrentRow(static_cast<int>(panel));
}

QStringList MainWindow::runningJobNames() const
{
    QStringList names;
    for (const QString &id : m_jobRunner->claiming()) {
        names.append(ScheduleBox::jobName(id));
    }
    if (m_jobRunner->isRunning(u"reset-usage"_s)) {
        names.append(ScheduleBox::jobName(u"reset-usage"_s));
    }
    if (isSyncBusy()) {
        names.append(tr("Sync"));
    }
    if (m_exportPanel->isBusy()) {
        names.append(tr("MISP export"));
    }
    if (m_enrichmentPanel->isBusy()) {
        names.append(tr("Enrichment"));
    }
    return names;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const QStringList running = runningJobNames();
    if (!m_quitting && !running.isEmpty()) {
        // Asked, not decided: the window stays until the analyst answers.
        event->ignore();
        Dialogs::ask(this,
                     tr("Jobs are running"),
                     tr("Still running: %1. Let them finish in the background, or cancel them "
                        "and quit? What they stored so far is kept either way. In the "
                        "background otxdesk stays in the tray, running its schedule, until "
                        "you choose Quit from the tray icon's menu.")
                             .arg(running.join(u", "_s)),
                     m_tray->isAvailable() ? tr("Keep running in the tray")
                                           : tr("Keep running (minimised)"),
                     tr("Cancel them and quit"),
                     this,
                     [this](bool keep) {
                         if (keep) {
                             keepRunningInBackground();
                         } else {
                             m_quitting = true;
                             close();
                         }
                     });
        return;
    }
    // Nothing new starts from here on; what runs is cancelled.
    m_scheduler->stop();
    m_jobRunner->shutDown();
    cancelJobs();
    saveUiState();
    QMainWindow::closeEvent(event);
}

void MainWindow::keepRunningInBackground()
{
    saveUiState();
    if (m_tray->isAvailable()) {
        hide();
        m_tray->notify(tr("otxdesk keeps running"),
                       tr("The jobs go on in the background; otxdesk stays in the tray. Quit "
                          "from the tray icon's menu."));
    } else {
        showMinimized();
    }
    qCInfo(lcUi) << "The window was closed while jobs ran; they go on in the background.";
}

void MainWindow::onQuitRequested()
{
    if (!runningJobNames().isEmpty()) {
        // Asked like a close from the window: finish in the background, or cancel.
        showNormal();
        raise();
        close();
        return;
    }
    m_quitting = true;
    const bool hidden = !isVisible();
    close();
    if (hidden) {
        // A hidden window's close does not end the application by itself.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
}

void MainWindow::updateActions()
{
    const bool busy = isSyncBusy();
    for (QAction *a :
         {m_syncNowAction, m_syncEverythingAction, m_searchAction, m_fetchPulseAction}) {
        a->setEnabled(!busy);
    }
    const QStringList running = runningJobNames();
    m_cancelJobsAction->setEnabled(!running.isEmpty());
    m_tray->setRunningJobs(running);
}

void MainWindow::saveUiState()
{
    if (!m_browser) {
        return;
    }
    m_settings.setUiValue(GEOMETRY_KEY, saveGeometry());
    m_settings.setUiValue(STATE_KEY, saveState());
    m_settings.setUiValue(SPLITTER_KEY, m_splitter->saveState());
    m_settings.setUiValue(PANEL_KEY, m_navigation->currentRow());
    m_browser->saveState();
    m_historyPanel->saveState();
    m_exportPanel->saveState();
    m_enrichmentPanel->saveState();
    if (m_scheduler && m_scheduler->armedFor()) {
        m_settings.setSchedulerLastSeen(QDateTime::currentMSecsSinceEpoch());
    }
}

void MainWindow::restoreUiState()
{
    if (!restoreGeometry(m_settings.uiValue(GEOMETRY_KEY).toByteArray())) {
        // First start: a comfortable size, but never larger than the screen.
        QSize size(1280, 820);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        }
        resize(size);
    }
    restoreState(m_settings.uiValue(STATE_KEY).toByteArray());
    m_splitter->restoreState(m_settings.uiValue(SPLITTER_KEY).toByteArray());
    const int panel = m_settings.uiValue(PANEL_KEY, 0).toInt();
    m_navigation->setCurrentRow(panel >= 0 && panel < m_navigation->count() ? panel : 0);
}

QString MainWindow::jobTitle(const SyncRequest &request) const
{
    switch (request.mode) {
    case SyncRequest::Mode::Search:
        return tr("Search OTX for “%1”").arg(request.query);
    case SyncRequest::Mode::Pulse:
        return tr("Fetch pulse %1").arg(request.pulseId);
    case SyncRequest::Mode::Subscribed:
    default:
        return request.fullResync ? tr("Sync the whole subscribed feed")
                                  : tr("Sync subscribed pulses");
    }
}

#include "ui/MispExportPanel.h"

#include "models/Colors.h"
#include "models/MispExportModel.h"
#include "models/MispProblemModel.h"
#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "ui/JobsView.h"
#include "ui/Logging.h"
#include "ui/TableViews.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

const QString HEADER_KEY = u"mispExport/header"_s;
const QString PROBLEM_HEADER_KEY = u"mispExport/problemHeader"_s;
const QString SPLITTER_KEY = u"mispExport/splitter"_s;
const QString FILTER_KEY = u"mispExport/filter"_s;

struct KeyLookup
{
    QString key;
    Error error;
};

QUrl eventUrl(const QUrl &server, const QString &eventId)
{
    QUrl url = server;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    url.setPath(path + u"/events/view/"_s + eventId);
    return url;
}

} // namespace

MispExportPanel::MispExportPanel(AppSettings &settings,
                                 SecretStore &secrets,
                                 std::shared_ptr<SecretStore> sessionSecrets,
                                 QThreadPool &pool,
                                 const DatabaseConfig &database,
                                 MispExportModel *model,
                                 MispProblemModel *problems,
                                 QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sessionSecrets(std::move(sessionSecrets))
    , m_pool(pool)
    , m_database(database)
    , m_model(model)
    , m_problems(problems)
{
    setObjectName(u"mispExportPanel"_s);

    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(u"mispServerLabel"_s);
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_checkButton = new QPushButton(tr("Check ser&ver"), this);
    m_checkButton->setObjectName(u"mispCheckServerButton"_s);
    m_checkButton->setToolTip(tr("Checks the address and the key, and shows MISP's version."));
    m_settingsButton = new QPushButton(tr("MISP settings…"), this);
    m_settingsButton->setObjectName(u"mispOpenSettingsButton"_s);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverLabel, 1);
    serverRow->addWidget(m_checkButton);
    serverRow->addWidget(m_settingsButton);
    m_tlsLabel = new QLabel(this);
    m_tlsLabel->setObjectName(u"mispTlsOffLabel"_s);
    m_tlsLabel->setWordWrap(true);
    QPalette warning = m_tlsLabel->palette();
    warning.setColor(QPalette::WindowText, Colors::errorText());
    m_tlsLabel->setPalette(warning);
    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(u"mispStatsLabel"_s);
    m_statsLabel->setWordWrap(true);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"mispFilterCombo"_s);
    m_filter->addItem(tr("All pulses"), static_cast<int>(MispExportModel::Filter::All));
    m_filter->addItem(tr("Waiting for export"), static_cast<int>(MispExportModel::Filter::Pending));
    m_filter->addItem(tr("With problems"), static_cast<int>(MispExportModel::Filter::Problems));
    m_filter->addItem(tr("Exported"), static_cast<int>(MispExportModel::Filter::Exported));
    m_exportSelected = new QPushButton(tr("&Export selected"), this);
    m_exportSelected->setObjectName(u"exportSelectedButton"_s);
    m_exportSelected->setToolTip(tr("Export the selected pulses (Ctrl+E). An unchanged pulse "
                                    "sends nothing."));
    m_exportPending = new QPushButton(tr("Export &all waiting"), this);
    m_exportPending->setObjectName(u"exportPendingButton"_s);
    m_exportPending->setToolTip(tr("Export every pulse never exported, changed since, or whose "
                                   "last export failed (Ctrl+Shift+E)."));
    m_publish = new QPushButton(tr("&Publish"), this);
    m_publish->setObjectName(u"publishButton"_s);
    m_publish->setToolTip(tr("Publish the selected pulses' events in MISP (without e-mail "
                             "alerts). Empty events are never published."));
    m_openEvent = new QPushButton(tr("&Open in MISP"), this);
    m_openEvent->setObjectName(u"openEventButton"_s);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelExportButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_filter);
    actions->addWidget(m_exportSelected);
    actions->addWidget(m_exportPending);
    actions->addWidget(m_publish);
    actions->addWidget(m_openEvent);
    actions->addStretch(1);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_cancel);

    m_table = TableViews::createSortableTable(this,
                                              u"mispExportTable"_s,
                                              m_model,
                                              {{MispExportModel::Name, 300},
                                               {MispExportModel::State, 200},
                                               {MispExportModel::ErrorText, 300}},
                                              m_settings.uiValue(HEADER_KEY).toByteArray(),
                                              MispExportModel::Name,
                                              Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);

    auto *detail = new QWidget(this);
    m_detailLabel = new QLabel(detail);
    m_detailLabel->setObjectName(u"mispDetailLabel"_s);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::RichText);
    m_detailLabel->setOpenExternalLinks(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_problemTable = TableViews::createSortableTable(
            detail,
            u"mispProblemTable"_s,
            m_problems,
            {{MispProblemModel::Value, 260}, {MispProblemModel::Reason, 400}},
            m_settings.uiValue(PROBLEM_HEADER_KEY).toByteArray(),
            MispProblemModel::Kind,
            Qt::AscendingOrder);
    m_problemTable->setSortingEnabled(false);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailLabel);
    detailLayout->addWidget(m_problemTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"mispExportSplitter"_s);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->restoreState(m_settings.uiValue(SPLITTER_KEY).toByteArray());

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"exportResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(serverRow);
    layout->addWidget(m_tlsLabel);
    layout->addWidget(m_statsLabel);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_resultLabel);

    const int filter = m_settings.uiValue(FILTER_KEY, 0).toInt();
    m_filter->setCurrentIndex(std::clamp(filter, 0, m_filter->count() - 1));
    m_model->setFilter(static_cast<MispExportModel::Filter>(m_filter->currentData().toInt()));

    // Ctrl+E and Ctrl+Shift+E are the window's Jobs menu actions.

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setFilter(static_cast<MispExportModel::Filter>(m_filter->currentData().toInt()));
    });
    connect(m_exportSelected, &QPushButton::clicked, this, &MispExportPanel::exportSelected);
    connect(m_exportPending, &QPushButton::clicked, this, &MispExportPanel::exportAllPending);
    connect(m_publish, &QPushButton::clicked, this, &MispExportPanel::publishSelected);
    connect(m_openEvent, &QPushButton::clicked, this, &MispExportPanel::openCurrentEvent);
    connect(m_cancel, &QPushButton::clicked, this, &MispExportPanel::cancel);
    connect(m_checkButton, &QPushButton::clicked, this, &MispExportPanel::checkServer);
    connect(m_settingsButton, &QPushButton::clicked, this, &MispExportPanel::openSettingsRequested);
    connect(m_table, &QTableView::doubleClicked, this, &MispExportPanel::openCurrentEvent);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &MispExportPanel::updateActions);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &MispExportPanel::showCurrentPulse);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showCurrentPulse();
        updateActions();
    });
    connect(m_model, &MispExportModel::queryFailed, this, [this](const Error &error) {
        m_resultLabel->setText(tr("Could not read the export state: %1").arg(error.message));
    });
    connect(splitter, &QSplitter::splitterMoved, this, [this, splitter] {
        m_settings.setUiValue(SPLITTER_KEY, splitter->saveState());
    });
    refresh();
}

bool MispExportPanel::isBusy() const
{
    return m_starting || m_watcher != nullptr;
}

void MispExportPanel::saveState()
{
    m_settings.setUiValue(HEADER_KEY, m_table->horizontalHeader()->saveState());
    m_settings.setUiValue(PROBLEM_HEADER_KEY, m_problemTable->horizontalHeader()->saveState());
    m_settings.setUiValue(FILTER_KEY, m_filter->currentIndex());
}

void MispExportPanel::setOptionsOverride(std::function<void(MispExportOptions &)> adjust)
{
    m_optionsOverride = std::move(adjust);
}

void MispExportPanel::refresh()
{
    updateServer();
    m_model->setServer(m_settings.mispBaseUrl().toString());
    m_model->refresh();
    updateStats();
    updateActions();
}

void MispExportPanel::updateServer()
{
    const QUrl server = m_settings.mispBaseUrl();
    if (server.isEmpty()) {
        m_serverLabel->setText(tr("No MISP server is set. Enter its address and key in "
                                  "Settings to export pulses."));
        m_tlsLabel->hide();
        return;
    }
    const QString version = m_serverVersion.isEmpty() ? tr("version not checked yet")
                                                      : tr("MISP %1").arg(m_serverVersion);
    m_serverLabel->setText(tr("MISP server: %1 (%2)").arg(server.toDisplayString(), version));
    const bool verify = m_settings.mispVerifyTls(server);
    m_tlsLabel->setVisible(!verify);
    m_tlsLabel->setText(verify ? QString()
                               : tr("TLS verification is OFF for this server (Settings): the "
                                    "connection could be intercepted."));
}

void MispExportPanel::updateStats()
{
    const auto stats = m_model->stats();
    if (!stats || stats.value().isEmpty()) {
        m_statsLabel->setText(stats ? QString() : stats.error().message);
        return;
    }
    const QJsonObject s = stats.value();
    const QLocale locale;
    auto n = [&](const char *key) {
        return locale.toString(s.value(QLatin1String(key)).toInteger());
    };
    m_statsLabel->setText(tr("%1 pulses: %2 exported, %3 waiting, %4 failed, %5 blocked by MISP, "
                             "%6 with nothing to export; %7 published.")
                                  .arg(n("pulses"),
                                       n("exported"),
                                       n("pending"),
                                       n("failed"),
                                       n("blocked"),
                                       n("skipped"),
                                       n("published")));
}

QStringList MispExportPanel::selectedPulseIds(bool exportedOnly) const
{
    QStringList ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (exportedOnly
            && m_model->index(index.row(), MispExportModel::Event)
                       .data(MispExportModel::EventIdRole)
                       .toString()
                       .isEmpty()) {
            continue;
        }
        ids.append(index.data(MispExportModel::OtxIdRole).toString());
    }
    return ids;
}

void MispExportPanel::updateActions()
{
    const bool busy = isBusy();
    const bool server = !m_settings.mispBaseUrl().isEmpty();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_exportSelected->setEnabled(!busy && server && selected);
    m_exportPending->setEnabled(!busy && server);
    m_publish->setEnabled(!busy && server && !selectedPulseIds(true).isEmpty());
    const QModelIndex current = m_table->currentIndex();
    m_openEvent->setEnabled(server && current.isValid()
                            && !current.data(MispExportModel::EventIdRole).toString().isEmpty());
    m_checkButton->setEnabled(server);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
}

void MispExportPanel::showCurrentPulse()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detailLabel->setText(tr("Select a pulse to see its MISP event and what MISP refused."));
        m_problems->setPulse({}, 0);
        return;
    }
    const MispExportRow &row = m_model->rows().at(current.row());
    const QUrl server = m_settings.mispBaseUrl();
    QStringList parts;
    parts << u"<b>%1</b>"_s.arg(row.name.toHtmlEscaped());
    if (!row.eventId.isEmpty()) {
        parts << tr("Event <a href=\"%1\">%2</a>")
                         .arg(eventUrl(server, row.eventId)
                                      .toString(QUrl::FullyEncoded)
                                      .toHtmlEscaped(),
                              row.eventId.toHtmlEscaped());
    }
    parts << MispExportModel::stateText(row).toHtmlEscaped();
    if (!row.status.isEmpty()) {
        parts << tr("%1 sent, %2 in the event, %3 refused, %4 not sent")
                         .arg(row.sent)
                         .arg(row.accepted)
                         .arg(row.rejected)
                         .arg(row.skipped);
    }
    if (!row.lastError.isEmpty()) {
        parts << row.lastError.toHtmlEscaped();
    }
    m_detailLabel->setText(parts.join(u" · "_s));
    m_problems->setPulse(server.toString(), row.pulseRowId);
}

void MispExportPanel::openCurrentEvent()
{
    const QModelIndex current = m_table->currentIndex();
    const QString eventId =
            current.isValid() ? current.data(MispExportModel::EventIdRole).toString() : QString();
    if (eventId.isEmpty()) {
        return;
    }
    QDesktopServices::openUrl(eventUrl(m_settings.mispBaseUrl(), eventId));
}

void MispExportPanel::exportSelected()
{
    const QStringList ids = selectedPulseIds(false);
    if (ids.isEmpty()) {
        return;
    }
    MispExportRequest request;
    request.mode = MispExportRequest::Mode::Pulses;
    request.pulseIds = ids;
    start(request, tr("Export %n pulse(s) to MISP", nullptr, static_cast<int>(ids.size())));
}

void MispExportPanel::exportAllPending()
{
    MispExportRequest request;
    request.mode = MispExportRequest::Mode::Pending;
    start(request, tr("Export waiting pulses to MISP"));
}

bool MispExportPanel::exportPending(int limit)
{
    if (isBusy() || m_settings.mispBaseUrl().isEmpty()) {
        return false;
    }
    MispExportRequest request;
    request.mode = MispExportRequest::Mode::Pending;
    request.pendingLimit = limit;
    start(request, tr("Scheduled export of up to %n waiting pulse(s)", nullptr, limit));
    return true;
}

void MispExportPanel::publishSelected()
{
    const QStringList ids = selectedPulseIds(true);
    if (ids.isEmpty()) {
        return;
    }
    MispExportRequest request;
    request.mode = MispExportRequest::Mode::Publish;
    request.pulseIds = ids;
    start(request, tr("Publish %n MISP event(s)", nullptr, static_cast<int>(ids.size())));
}

void MispExportPanel::cancel()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_resultLabel->setText(tr("Cancelling after the current batch…"));
    } else if (m_starting) {
        m_cancelRequested = true; // the key is being read: the export will not start
    }
}

void MispExportPanel::checkServer()
{
    MispExportRequest none;
    none.mode = MispExportRequest::Mode::Pulses; // no pulses: connects and reports the version
    start(none, tr("Check the MISP server"));
}

void MispExportPanel::start(const MispExportRequest &request, const QString &title)
{
    if (isBusy() || m_settings.mispBaseUrl().isEmpty()) {
        return;
    }
    m_starting = true;
    updateActions();
    m_resultLabel->setText(tr("Reading the MISP key…"));
    auto *watcher = new QFutureWatcher<KeyLookup>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, title] {
        watcher->deleteLater();
        m_starting = false;
        const KeyLookup lookup = watcher->result();
        if (std::exchange(m_cancelRequested, false)) {
            const QString text = tr("Export cancelled before it started.");
            m_resultLabel->setText(text);
            emit exportFinished(text);
            updateActions();
            return;
        }
        if (lookup.key.isEmpty()) {
            const QString text =
                    lookup.error.message.isEmpty()
                            ? tr("No MISP key is saved. Enter it in Settings (MISP, "
                                 "API key).")
                            : tr("The MISP key could not be read: %1").arg(lookup.error.message);
            m_resultLabel->setText(text);
            emit exportFinished(text);
            updateActions();
            return;
        }
        launch(request, title, lookup.key);
    });
    SecretStore *secrets = &m_secrets;
    watcher->setFuture(QtConcurrent::run(&m_pool, [secrets, session = m_sessionSecrets] {
        KeyLookup lookup;
        if (auto key = session->read(SecretKeys::MispApiKey); key && !key.value().isEmpty()) {
            lookup.key = key.value();
            return lookup;
        }
        auto key = secrets->read(SecretKeys::MispApiKey);
        if (key) {
            lookup.key = key.value().trimmed();
        } else {
            lookup.error = key.error();
        }
        return lookup;
    }));
}

void MispExportPanel::launch(const MispExportRequest &request,
                             const QString &title,
                             const QString &key)
{
    MispExportOptions options;
    options.database = m_database;
    options.misp.baseUrl = m_settings.mispBaseUrl();
    options.misp.apiKey = key;
    options.misp.verifyTls = m_settings.mispVerifyTls(options.misp.baseUrl);
    options.event = m_settings.mispEventSettings();
    options.batchSize = m_settings.mispBatchSize();
    options.galaxyFolder = m_settings.galaxyFolder();
    if (m_optionsOverride) {
        m_optionsOverride(options);
    }
    m_watcher = new QFutureWatcher<MispExportOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &MispExportPanel::onFinished);
    JobsView::followProgress(m_watcher, m_progress);
    emit jobStarted(title, m_watcher);
    m_clock.start();
    m_watcher->setFuture(MispExportService::start(&m_pool, request, options));
    m_resultLabel->setText(title + u'…');
    qCInfo(lcUi) << "MISP job started from the window."
                 << "mode:" << static_cast<int>(request.mode)
                 << "pulses:" << request.pulseIds.size();
    updateActions();
}

void MispExportPanel::onFinished()
{
    QFutureWatcher<MispExportOutcome> *watcher = std::exchange(m_watcher, nullptr);
    if (!watcher) {
        return;
    }
    watcher->deleteLater();
    QString summary;
    if (watcher->future().resultCount() > 0) {
        const MispExportOutcome outcome = watcher->future().result();
        if (!outcome.serverVersion.isEmpty()) {
            m_serverVersion = outcome.serverVersion;
        }
        summary = outcome.pulses.isEmpty() && outcome.status == u"completed"_s
                          ? tr("MISP %1 answers, and the key works.").arg(outcome.serverVersion)
                          : MispExportService::summary(outcome);
        QStringList problems = outcome.warnings;
        for (const MispPulseResult &r : outcome.pulses) {
            if (!r.error.message.isEmpty()) {
                problems << u"%1: %2"_s.arg(r.name.isEmpty() ? r.otxId : r.name, r.error.text());
            }
        }
        m_resultLabel->setText(problems.isEmpty()
                                       ? summary
                                       : summary + u"\n"_s + problems.mid(0, 5).join(u"\n"_s));
    } else {
        summary = tr("MISP export cancelled after %1 s. What MISP accepted is recorded; the "
                     "pulses left wait for the next export.")
                          .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1));
        m_resultLabel->setText(summary);
    }
    emit exportFinished(summary);
    refresh();
}

#include "ui/EnrichmentPanel.h"

#include "models/EnrichmentTableModel.h"
#include "services/AppSettings.h"
#include "services/SecretStore.h"
#include "ui/Dialogs.h"
#include "ui/JobsView.h"
#include "ui/KeysDialog.h"
#include "ui/Logging.h"
#include "ui/TableViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QThreadPool>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString HEADER_KEY = u"enrichment/header"_s;
const QString SPLITTER_KEY = u"enrichment/splitter"_s;
const QString SOURCE_KEY = u"enrichment/source"_s;
const qint64 DAY_MS = 24LL * 3600 * 1000;

enum SourceIndex
{
    PendingSource,
    PulseSource,
    ValuesSource,
    MispSource,
};

/// A JSON value as tree items under `parent`: objects and arrays open, scalars as text.
void addJson(QTreeWidgetItem *parent, const QString &key, const QJsonValue &value)
{
    auto *item = new QTreeWidgetItem(parent, {key});
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        item->setText(1, EnrichmentPanel::tr("%n field(s)", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end(); ++it) {
            addJson(item, it.key(), it.value());
        }
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        item->setText(1, EnrichmentPanel::tr("%n item(s)", nullptr, int(a.size())));
        for (qsizetype i = 0; i < a.size(); ++i) {
            addJson(item, QString::number(i + 1), a.at(i));
        }
    } else if (value.isNull()) {
        item->setText(1, u"null"_s);
    } else if (value.isBool()) {
        item->setText(1, value.toBool() ? u"true"_s : u"false"_s);
    } else if (value.isDouble()) {
        item->setText(1, QString::number(value.toDouble(), 'g', 15));
    } else {
        item->setText(1, value.toString());
    }
}

/// The indicator's page on the OTX site.
QUrl otxPage(const QUrl &otxBase, const QString &type, const QString &value)
{
    QString kind = u"hostname"_s;
    if (type == u"IPv4"_s) {
        kind = u"ip"_s;
    } else if (type == u"IPv6"_s) {
        kind = u"ip"_s;
    } else if (type == u"domain"_s) {
        kind = u"domain"_s;
    } else if (type == u"URL"_s) {
        kind = u"url"_s;
    } else if (type.startsWith(u"FileHash"_s)) {
        kind = u"file"_s;
    } else if (type == u"CVE"_s) {
        kind = u"cve"_s;
    }
    QUrl url = otxBase;
    url.setPath(
            u"/indicator/%1/%2"_s.arg(kind, QString::fromLatin1(QUrl::toPercentEncoding(value))),
            QUrl::StrictMode);
    return url;
}

} // namespace

EnrichmentPanel::EnrichmentPanel(AppSettings &settings,
                                 SecretStore &secrets,
                                 std::shared_ptr<SecretStore> sessionSecrets,
                                 QThreadPool &pool,
                                 const DatabaseConfig &database,
                                 EnrichmentTableModel *model,
                                 QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_sessionSecrets(std::move(sessionSecrets))
    , m_pool(pool)
    , m_database(database)
    , m_model(model)
{
    setObjectName(u"enrichmentPanel"_s);

    m_statsLabel = new QLabel(this);
    m_statsLabel->setObjectName(u"enrichStatsLabel"_s);
    m_statsLabel->setWordWrap(true);
    m_keysLabel = new QLabel(this);
    m_keysLabel->setObjectName(u"enrichKeysLabel"_s);
    m_keysLabel->setWordWrap(true);
    auto *keysButton = new QPushButton(tr("&Keys…"), this);
    keysButton->setObjectName(u"openKeysButton"_s);
    keysButton->setToolTip(tr("Add, test and order your OTX keys, and see what each has left "
                              "today."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_keysLabel, 1);
    top->addWidget(keysButton);

    // What to enrich.
    m_source = new QComboBox(this);
    m_source->setObjectName(u"enrichSourceCombo"_s);
    m_source->addItem(tr("Waiting indicators (pulses and MISP)"));
    m_source->addItem(tr("Indicators of one pulse"));
    m_source->addItem(tr("A pasted list"));
    m_source->addItem(tr("MISP attributes"));
    m_sourcePages = new QStackedWidget(this);

    auto *pendingPage = new QWidget(m_sourcePages);
    auto *pendingForm = new QFormLayout(pendingPage);
    m_pendingLimit = new QSpinBox(pendingPage);
    m_pendingLimit->setObjectName(u"enrichPendingLimit"_s);
    m_pendingLimit->setRange(0, 1000000);
    m_pendingLimit->setSpecialValueText(tr("all"));
    m_pendingLimit->setValue(200);
    m_pendingLimit->setToolTip(tr("MISP attributes of High-threat events first, then the "
                                  "indicators of the newest pulses."));
    pendingForm->addRow(tr("At &most:"), m_pendingLimit);
    m_sourcePages->addWidget(pendingPage);

    auto *pulsePage = new QWidget(m_sourcePages);
    auto *pulseForm = new QFormLayout(pulsePage);
    m_pulseId = new QLineEdit(pulsePage);
    m_pulseId->setObjectName(u"enrichPulseId"_s);
    m_pulseId->setPlaceholderText(tr("OTX pulse id, 24 hexadecimal characters"));
    pulseForm->addRow(tr("&Pulse:"), m_pulseId);
    m_sourcePages->addWidget(pulsePage);

    m_values = new QPlainTextEdit(m_sourcePages);
    m_values->setObjectName(u"enrichValues"_s);
    m_values->setPlaceholderText(tr("One indicator per line: an address, a name, a URL, a hash "
                                    "or a CVE; or \"<OTX type> value\"."));
    // A few lines are enough to show; the stack takes its tallest page's height.
    m_values->setMaximumHeight(6 * m_values->fontMetrics().lineSpacing());
    m_sourcePages->addWidget(m_values);

    auto *mispPage = new QWidget(m_sourcePages);
    auto *mispForm = new QFormLayout(mispPage);
    m_mispTypes = new QLineEdit(mispPage);
    m_mispTypes->setObjectName(u"enrichMispTypes"_s);
    m_mispTypes->setPlaceholderText(tr("all types; or e.g. ip-dst, domain, md5"));
    m_mispToIds = new QComboBox(mispPage);
    m_mispToIds->setObjectName(u"enrichMispToIds"_s);
    m_mispToIds->addItems({tr("IDS or not"), tr("IDS only"), tr("Not IDS only")});
    m_mispDays = new QSpinBox(mispPage);
    m_mispDays->setObjectName(u"enrichMispDays"_s);
    m_mispDays->setRange(0, 3650);
    m_mispDays->setSpecialValueText(tr("any time"));
    m_mispDays->setSuffix(tr(" days"));
    m_mispDays->setToolTip(tr("Events published within the last N days (MISP's \"last\"); "
                              "events never published are then left out."));
    auto *levels = new QHBoxLayout;
    for (const QString &level : {tr("High"), tr("Medium"), tr("Low"), tr("Undefined")}) {
        auto *box = new QCheckBox(level, mispPage);
        box->setChecked(true);
        m_mispLevels.append(box);
        levels->addWidget(box);
    }
    levels->addStretch(1);
    mispForm->addRow(tr("&Types:"), m_mispTypes);
    mispForm->addRow(tr("&IDS flag:"), m_mispToIds);
    mispForm->addRow(tr("&Published within:"), m_mispDays);
    mispForm->addRow(tr("Event threat level:"), levels);
    m_sourcePages->addWidget(mispPage);
    // The stack is as tall as the page shown, not as its tallest page.
    auto fitPage = [this](int current) {
        for (int i = 0; i < m_sourcePages->count(); ++i) {
            m_sourcePages->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                                    i == current ? QSizePolicy::Maximum
                                                                 : QSizePolicy::Ignored);
        }
        m_sourcePages->setCurrentIndex(current);
        m_sourcePages->adjustSize();
    };
    connect(m_source, &QComboBox::currentIndexChanged, this, fitPage);
    fitPage(0);

    m_freshDays = new QSpinBox(this);
    m_freshDays->setObjectName(u"enrichFreshDays"_s);
    m_freshDays->setRange(0, 3650);
    m_freshDays->setValue(m_settings.enrichFreshnessDays());
    m_freshDays->setPrefix(tr("Fresh for "));
    m_freshDays->setSuffix(tr(" days"));
    m_freshDays->setToolTip(tr("An indicator enriched within this many days is not fetched "
                               "again: its requests are saved."));
    connect(m_freshDays, &QSpinBox::valueChanged, this, [this](int days) {
        m_settings.setEnrichFreshnessDays(days);
        updateStats();
        updateQueue();
    });
    m_force = new QCheckBox(tr("Fetch again even if fresh"), this);
    m_force->setObjectName(u"enrichForce"_s);
    m_enrich = new QPushButton(tr("&Enrich"), this);
    m_enrich->setObjectName(u"enrichButton"_s);
    m_enrich->setToolTip(tr("Fetch OTX's data for the chosen indicators (Ctrl+Return)."));
    m_enrich->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelEnrichButton"_s);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"enrichProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(u"enrichResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    auto *sourceBox = new QGroupBox(tr("What to enrich"), this);
    sourceBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *sourceLayout = new QVBoxLayout(sourceBox);
    sourceLayout->addWidget(m_source);
    sourceLayout->addWidget(m_sourcePages);
    auto *run = new QHBoxLayout;
    run->addWidget(m_freshDays);
    run->addWidget(m_force);
    run->addStretch(1);
    run->addWidget(m_progress, 1);
    run->addWidget(m_enrich);
    run->addWidget(m_cancel);
    sourceLayout->addLayout(run);
    sourceLayout->addWidget(m_resultLabel);

    // Results.
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(u"enrichFilterText"_s);
    m_filterText->setPlaceholderText(tr("Filter by value"));
    m_filterText->setClearButtonEnabled(true);
    m_filterType = new QComboBox(this);
    m_filterType->setObjectName(u"enrichFilterType"_s);
    m_filterType->addItem(tr("All types"), QString());
    for (const QString &type : EnrichmentService::enrichableTypes()) {
        m_filterType->addItem(type, type);
    }
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 1);
    filters->addWidget(m_filterType);
    m_table = TableViews::createSortableTable(
            this,
            u"enrichmentTable"_s,
            m_model,
            {{EnrichmentTableModel::Indicator, 260}, {EnrichmentTableModel::Malware, 200}},
            m_settings.uiValue(HEADER_KEY).toByteArray(),
            EnrichmentTableModel::EnrichedAt,
            Qt::DescendingOrder);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(u"enrichDetailLabel"_s);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openOtx = new QPushButton(tr("Open in &OTX"), this);
    m_openOtx->setObjectName(u"openIndicatorInOtxButton"_s);
    m_sections = new QTreeWidget(this);
    m_sections->setObjectName(u"enrichSectionsTree"_s);
    m_sections->setHeaderLabels({tr("Section / field"), tr("Value")});
    m_sections->setColumnWidth(0, 260);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailTop = new QHBoxLayout;
    detailTop->addWidget(m_detailLabel, 1);
    detailTop->addWidget(m_openOtx);
    detailLayout->addLayout(detailTop);
    detailLayout->addWidget(m_sections, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"enrichSplitter"_s);
    auto *tableBox = new QWidget(splitter);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    splitter->addWidget(tableBox);
    splitter->addWidget(detail);
    splitter->restoreState(m_settings.uiValue(SPLITTER_KEY).toByteArray());

    // What waits, in the order Enrich takes it.
    m_queue = new QStandardItemModel(0, 4, this);
    m_queue->setHorizontalHeaderLabels(
            {tr("Indicator"), tr("Type"), tr("Priority"), tr("Last enriched")});
    m_queueFilter = new QSortFilterProxyModel(this);
    m_queueFilter->setSourceModel(m_queue);
    m_queueFilter->setFilterRole(Qt::UserRole);
    m_queueType = new QComboBox(this);
    m_queueType->setObjectName(u"queueTypeFilter"_s);
    m_queueType->addItem(tr("All types"), QString());
    for (const QString &type : EnrichmentService::enrichableTypes()) {
        m_queueType->addItem(type, type);
    }
    m_queueRank = new QComboBox(this);
    m_queueRank->setObjectName(u"queuePriorityFilter"_s);
    m_queueRank->addItem(tr("Any priority"), -1);
    m_queueRank->addItem(tr("MISP, High-threat events"), 0);
    m_queueRank->addItem(tr("Pulses, newest first"), 1);
    m_queueRank->addItem(tr("MISP, other events"), 2);
    auto applyQueueFilter = [this] {
        // Each row's filter role holds "type|rank".
        const QString type = m_queueType->currentData().toString();
        const int rank = m_queueRank->currentData().toInt();
        m_queueFilter->setFilterRegularExpression(QRegularExpression(
                u"^%1\\|%2$"_s.arg(type.isEmpty() ? u".*"_s : QRegularExpression::escape(type),
                                   rank < 0 ? u".*"_s : QString::number(rank))));
    };
    connect(m_queueType, &QComboBox::currentIndexChanged, this, applyQueueFilter);
    connect(m_queueRank, &QComboBox::currentIndexChanged, this, applyQueueFilter);
    auto *queueView = new QTableView(this);
    queueView->setObjectName(u"enrichQueueTable"_s);
    queueView->setModel(m_queueFilter);
    queueView->setSelectionBehavior(QAbstractItemView::SelectRows);
    queueView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    queueView->verticalHeader()->hide();
    queueView->horizontalHeader()->setStretchLastSection(true);
    queueView->setColumnWidth(0, 280);
    m_queueLabel = new QLabel(this);
    m_queueLabel->setObjectName(u"enrichQueueLabel"_s);
    m_queueLabel->setWordWrap(true);
    auto *queueBox = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queueBox);
    auto *queueFilters = new QHBoxLayout;
    queueFilters->addWidget(m_queueLabel, 1);
    queueFilters->addWidget(m_queueType);
    queueFilters->addWidget(m_queueRank);
    queueLayout->addLayout(queueFilters);
    queueLayout->addWidget(queueView, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"enrichTabs"_s);
    m_tabs->addTab(splitter, tr("&Results"));
    m_tabs->addTab(queueBox, tr("&Waiting"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == 1) {
            updateQueue();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_statsLabel);
    layout->addWidget(sourceBox);
    layout->addWidget(m_tabs, 1);

    m_source->setCurrentIndex(m_settings.uiValue(SOURCE_KEY, 0).toInt());
    connect(m_enrich, &QPushButton::clicked, this, &EnrichmentPanel::enrich);
    connect(m_cancel, &QPushButton::clicked, this, &EnrichmentPanel::cancel);
    connect(keysButton, &QPushButton::clicked, this, &EnrichmentPanel::openKeys);
    auto *shortcut = new QShortcut(QKeySequence(tr("Ctrl+Return")), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &EnrichmentPanel::enrich);
    auto applyFilter = [this] {
        m_model->setFilter(m_filterText->text(), m_filterType->currentData().toString());
    };
    connect(m_filterText, &QLineEdit::textChanged, this, applyFilter);
    connect(m_filterType, &QComboBox::currentIndexChanged, this, applyFilter);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &EnrichmentPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EnrichmentPanel::showCurrent);
    connect(m_model, &EnrichmentTableModel::queryFailed, this, [this](const Error &error) {
        m_resultLabel->setText(error.text());
    });
    connect(m_openOtx, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (!current.isValid()) {
            return;
        }
        const auto &row = m_model->rows().at(current.row());
        Dialogs::openUrl(otxPage(m_settings.otxBaseUrl(), row.type, row.value));
    });
    refresh();
    updateActions();
}

bool EnrichmentPanel::isBusy() const
{
    return m_watcher != nullptr;
}

void EnrichmentPanel::saveState()
{
    m_settings.setUiValue(HEADER_KEY, m_table->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(u"enrichSplitter"_s)) {
        m_settings.setUiValue(SPLITTER_KEY, splitter->saveState());
    }
    m_settings.setUiValue(SOURCE_KEY, m_source->currentIndex());
}

void EnrichmentPanel::setOptionsOverride(std::function<void(EnrichOptions &)> adjust)
{
    m_optionsOverride = std::move(adjust);
}

void EnrichmentPanel::refresh()
{
    m_model->refresh();
    updateStats();
    updateQueue();
}

qint64 EnrichmentPanel::staleBeforeMs() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_freshDays->value() * DAY_MS;
}

void EnrichmentPanel::updateQueue()
{
    if (!m_tabs || m_tabs->currentIndex() != 1) {
        return; // read when the tab is shown
    }
    constexpr int SHOWN = 1000;
    const auto items =
            m_model->pending(EnrichmentService::enrichableTypes(), staleBeforeMs(), SHOWN);
    m_queue->removeRows(0, m_queue->rowCount());
    if (!items) {
        m_queueLabel->setText(items.error().text());
        return;
    }
    const QStringList ranks = {tr("MISP, High-threat event"), tr("Pulse"), tr("MISP, other event")};
    for (const EnrichItem &item : items.value()) {
        const QString last = item.enrichedAtMs ? QDateTime::fromMSecsSinceEpoch(*item.enrichedAtMs)
                                                         .toString(u"yyyy-MM-dd HH:mm"_s)
                                               : tr("never");
        QList<QStandardItem *> row = {new QStandardItem(item.value),
                                      new QStandardItem(item.type),
                                      new QStandardItem(ranks.value(item.rank)),
                                      new QStandardItem(last)};
        for (QStandardItem *cell : row) {
            cell->setData(u"%1|%2"_s.arg(item.type).arg(item.rank), Qt::UserRole);
        }
        m_queue->appendRow(row);
    }
    m_queueLabel->setText(
            items->size() >= SHOWN
                    ? tr("The first %1 waiting, in the order Enrich takes them.").arg(SHOWN)
                    : tr("%n indicator(s) waiting, in the order Enrich takes them.",
                         nullptr,
                         int(items->size())));
}

void EnrichmentPanel::updateStats()
{
    const auto stats = m_model->stats(EnrichmentService::enrichableTypes(), staleBeforeMs());
    if (stats) {
        const EnrichStats::Counts &t = stats->total;
        m_statsLabel->setText(tr("Indicators: %1 enriched, %2 stale, %3 never enriched, %4 "
                                 "failed, %5 of types OTX cannot enrich.")
                                      .arg(t.enriched)
                                      .arg(t.stale)
                                      .arg(t.never)
                                      .arg(t.failed)
                                      .arg(t.notEnrichable));
        QStringList byType;
        for (auto it = stats->byType.cbegin(); it != stats->byType.cend(); ++it) {
            byType.append(tr("%1: %2 enriched, %3 waiting")
                                  .arg(it.key())
                                  .arg(it->enriched)
                                  .arg(it->never + it->stale + it->failed));
        }
        byType.sort();
        m_statsLabel->setToolTip(byType.join(u'\n'));
    } else {
        m_statsLabel->setText(stats.error().text());
    }
    const auto keys = m_model->keys();
    if (!keys) {
        m_keysLabel->setText(keys.error().text());
        return;
    }
    if (keys->isEmpty()) {
        m_keysLabel->setText(tr("No OTX key in the key ring yet: add one under Keys."));
        return;
    }
    const QString day = QDateTime::currentDateTime().date().toString(Qt::ISODate);
    QStringList parts;
    int spent = 0;
    for (const OtxKeyInfo &k : keys.value()) {
        spent += k.usedOn(day);
        parts.append(tr("%1: %2 of %3 left").arg(k.name).arg(k.remainingOn(day)).arg(k.dailyLimit)
                     + (k.health == OtxKeyHealth::Invalid   ? tr(" (refused)")
                        : k.health == OtxKeyHealth::Limited ? tr(" (resting)")
                                                            : QString()));
    }
    m_keysLabel->setText(tr("Requests today: %1 spent. %2").arg(spent).arg(parts.join(u"; "_s)));
}

EnrichRequest EnrichmentPanel::request(QString *why) const
{
    EnrichRequest r;
    r.force = m_force->isChecked();
    switch (m_source->currentIndex()) {
    case PulseSource:
        r.source = EnrichRequest::Source::Pulse;
        r.pulseId = m_pulseId->text().trimmed();
        if (r.pulseId.isEmpty()) {
            *why = tr("Enter the pulse's OTX id, or press Enrich beside a pulse's indicators in "
                      "the pulse browser.");
        }
        break;
    case ValuesSource:
        r.source = EnrichRequest::Source::Values;
        r.values = m_values->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        if (r.values.isEmpty()) {
            *why = tr("Paste the indicators to enrich, one per line.");
        }
        break;
    case MispSource: {
        r.source = EnrichRequest::Source::Misp;
        for (const QString &t :
             m_mispTypes->text().split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts)) {
            r.misp.types.append(t.trimmed());
        }
        if (m_mispToIds->currentIndex() == 1) {
            r.misp.toIds = true;
        } else if (m_mispToIds->currentIndex() == 2) {
            r.misp.toIds = false;
        }
        r.misp.lastDays = m_mispDays->value();
        r.misp.threatLevels.clear();
        for (int i = 0; i < m_mispLevels.size(); ++i) {
            if (m_mispLevels[i]->isChecked()) {
                r.misp.threatLevels.append(i + 1);
            }
        }
        if (r.misp.threatLevels.isEmpty()) {
            *why = tr("Tick at least one threat level.");
        } else if (!m_settings.mispBaseUrl().isValid() || m_settings.mispBaseUrl().isEmpty()) {
            *why = tr("Set the MISP address and key under Settings first.");
        }
        break;
    }
    case PendingSource:
    default:
        r.source = EnrichRequest::Source::Pending;
        r.limit = m_pendingLimit->value() == 0 ? -1 : m_pendingLimit->value();
        break;
    }
    return r;
}

void EnrichmentPanel::enrich()
{
    if (isBusy()) {
        return;
    }
    QString why;
    const EnrichRequest r = request(&why);
    if (!why.isEmpty()) {
        m_resultLabel->setText(why);
        return;
    }
    EnrichOptions options;
    options.database = m_database;
    options.otxBaseUrl = m_settings.otxBaseUrl();
    options.freshnessMs = m_freshDays->value() * DAY_MS;
    // Keys kept for this session first, then the keychain (which belongs to the application
    // and outlives every job).
    options.secrets = std::make_shared<SessionFirstSecretStore>(m_sessionSecrets, m_secrets);
    options.misp.baseUrl = m_settings.mispBaseUrl();
    options.misp.verifyTls = m_settings.mispVerifyTls(options.misp.baseUrl);
    if (m_optionsOverride) {
        m_optionsOverride(options);
    }
    m_watcher = new QFutureWatcher<EnrichOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &EnrichmentPanel::onFinished);
    JobsView::followProgress(m_watcher, m_progress);
    const QString title = tr("Enrichment: %1").arg(m_source->currentText());
    emit jobStarted(title, m_watcher);
    m_clock.start();
    m_watcher->setFuture(EnrichmentService::start(&m_pool, r, options));
    m_resultLabel->setText(title + u'…');
    qCInfo(lcUi) << "Enrichment started from the window."
                 << "source:" << m_source->currentIndex();
    updateActions();
}

bool EnrichmentPanel::enrichPending(int limit)
{
    if (isBusy()) {
        return false;
    }
    m_source->setCurrentIndex(PendingSource);
    m_pendingLimit->setValue(limit);
    enrich();
    return isBusy();
}

void EnrichmentPanel::enrichPulse(const QString &otxId)
{
    if (isBusy()) {
        m_resultLabel->setText(tr("An enrichment is running; wait for it or cancel it."));
        return;
    }
    m_source->setCurrentIndex(PulseSource);
    m_pulseId->setText(otxId);
    enrich();
}

void EnrichmentPanel::cancel()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_resultLabel->setText(tr("Cancelling; what was enriched is kept."));
    }
}

void EnrichmentPanel::onFinished()
{
    QFutureWatcher<EnrichOutcome> *watcher = std::exchange(m_watcher, nullptr);
    if (!watcher) {
        return;
    }
    watcher->deleteLater();
    QString summary;
    if (watcher->future().resultCount() > 0) {
        const EnrichOutcome outcome = watcher->future().result();
        summary = EnrichmentService::summary(outcome);
        QStringList lines{summary};
        lines.append(outcome.notices.mid(0, 5));
        m_resultLabel->setText(lines.join(u'\n'));
        m_resultLabel->setToolTip(outcome.error.detail);
    } else {
        summary = tr("Enrichment cancelled after %1 s. What was enriched is kept; the rest "
                     "waits for the next run.")
                          .arg(QString::number(m_clock.elapsed() / 1000.0, 'f', 1));
        m_resultLabel->setText(summary);
    }
    emit enrichmentFinished(summary);
    refresh();
    updateActions();
}

void EnrichmentPanel::openKeys()
{
    auto *dialog = new KeysDialog(m_settings, m_secrets, m_pool, m_database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &EnrichmentPanel::updateStats);
    dialog->open();
}

void EnrichmentPanel::showCurrent()
{
    m_sections->clear();
    const QModelIndex current = m_table->currentIndex();
    m_openOtx->setEnabled(current.isValid());
    if (!current.isValid()) {
        m_detailLabel->setText(tr("Pick an indicator to see what OTX knows of it."));
        return;
    }
    const auto &row = m_model->rows().at(current.row());
    const IndicatorSummary &s = row.summary;
    QStringList facts;
    if (s.pulseCount) {
        facts.append(tr("in %n pulse(s)", nullptr, *s.pulseCount));
    }
    if (!s.attackIds.isEmpty()) {
        facts.append(tr("ATT&CK: %1").arg(s.attackIds.join(u", "_s)));
    }
    if (s.firstSeenMs || s.lastSeenMs) {
        facts.append(tr("seen %1 to %2")
                             .arg(QDateTime::fromMSecsSinceEpoch(s.firstSeenMs.value_or(0))
                                          .date()
                                          .toString(Qt::ISODate),
                                  QDateTime::fromMSecsSinceEpoch(s.lastSeenMs.value_or(0))
                                          .date()
                                          .toString(Qt::ISODate)));
    }
    m_detailLabel->setText(u"%1 (%2): %3"_s.arg(row.value, row.type, facts.join(u"; "_s)));
    const auto sections = m_model->sections(row.indicatorId);
    if (!sections) {
        m_detailLabel->setText(sections.error().text());
        return;
    }
    for (const SectionResult &section : sections.value()) {
        auto *top = new QTreeWidgetItem(m_sections, {section.section});
        if (section.status != SectionStatus::Ok) {
            top->setText(1,
                         section.status == SectionStatus::NotFound
                                 ? tr("OTX knows nothing (HTTP 404)")
                                 : tr("failed (HTTP %1)").arg(section.httpStatus));
            continue;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(section.body);
        const QJsonObject object = doc.object();
        top->setText(1, tr("%n field(s)", nullptr, int(object.size())));
        for (auto it = object.begin(); it != object.end(); ++it) {
            addJson(top, it.key(), it.value());
        }
    }
    if (m_sections->topLevelItemCount() > 0) {
        m_sections->topLevelItem(0)->setExpanded(true);
    }
}

void EnrichmentPanel::updateActions()
{
    const bool busy = isBusy();
    m_enrich->setEnabled(!busy);
    m_cancel->setVisible(busy);
    m_progress->setVisible(busy);
    m_source->setEnabled(!busy);
}

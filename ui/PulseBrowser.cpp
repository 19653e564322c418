#include "ui/PulseBrowser.h"

#include "models/PulseIndicatorModel.h"
#include "models/PulseTableModel.h"
#include "services/AppSettings.h"
#include "ui/Logging.h"
#include "ui/PulseDetailView.h"
#include "ui/TableViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString HEADER_KEY = u"pulses/header"_s;
const QString SPLITTER_KEY = u"pulses/splitter"_s;
const QString FILTER_KEY = u"pulses/filter"_s;
const QString MODIFIED_ENABLED_KEY = u"pulses/modifiedFilterEnabled"_s;
const QString MODIFIED_FROM_KEY = u"pulses/modifiedFromDate"_s;
const QString MODIFIED_TO_KEY = u"pulses/modifiedToDate"_s;

QLineEdit *filterLine(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

} // namespace

PulseBrowser::PulseBrowser(AppSettings &settings,
                           PulseTableModel *pulses,
                           PulseIndicatorModel *indicators,
                           QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_pulses(pulses)
{
    setObjectName(u"pulseBrowser"_s);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(FILTER_DELAY_MS);

    // Filter bar: free text on its own row, the precise fields below it.
    m_text = filterLine(this,
                        u"filterEdit"_s,
                        tr("Search names, descriptions and tags; indicators by exact value or "
                           "its start (4+ characters, no substring search)"));
    m_text->setToolTip(tr("Free text matches pulse names, descriptions and tags anywhere, and a "
                          "pulse id exactly. Indicator values match exactly or by their "
                          "beginning, such as \"198.51.100.\" or \"evil.example\": searching "
                          "inside millions of indicator values would take too long."));
    m_tlp = new QComboBox(this);
    m_tlp->setObjectName(u"tlpCombo"_s);
    m_tlp->addItem(tr("Any TLP"), QString());
    //: Traffic Light Protocol labels
    m_tlp->addItem(tr("TLP:WHITE"), u"white"_s);
    m_tlp->addItem(tr("TLP:GREEN"), u"green"_s);
    m_tlp->addItem(tr("TLP:AMBER"), u"amber"_s);
    m_tlp->addItem(tr("TLP:RED"), u"red"_s);
    m_adversary = filterLine(this, u"adversaryEdit"_s, tr("Adversary"));
    m_malware = filterLine(this, u"malwareEdit"_s, tr("Malware family"));
    m_attack = filterLine(this, u"attackEdit"_s, tr("ATT&CK id, e.g. T1566"));
    m_tag = filterLine(this, u"tagEdit"_s, tr("Tag (whole tag)"));
    m_modifiedCheck = new QCheckBox(tr("&Modified from"), this);
    m_modifiedCheck->setObjectName(u"modifiedCheck"_s);
    m_modifiedFrom = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_modifiedFrom->setObjectName(u"modifiedFromEdit"_s);
    m_modifiedTo = new QDateEdit(QDate::currentDate(), this);
    m_modifiedTo->setObjectName(u"modifiedToEdit"_s);
    for (QDateEdit *edit : {m_modifiedFrom, m_modifiedTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    auto *toLabel = new QLabel(tr("to"), this);
    auto *clearButton = new QPushButton(tr("C&lear filters"), this);
    clearButton->setObjectName(u"clearFiltersButton"_s);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"pulseCountLabel"_s);

    auto *filters = new QGridLayout;
    filters->addWidget(m_text, 0, 0, 1, 4);
    filters->addWidget(m_tlp, 0, 4);
    filters->addWidget(clearButton, 0, 5);
    filters->addWidget(m_adversary, 1, 0);
    filters->addWidget(m_malware, 1, 1);
    filters->addWidget(m_attack, 1, 2);
    filters->addWidget(m_tag, 1, 3);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_modifiedCheck);
    dates->addWidget(m_modifiedFrom);
    dates->addWidget(toLabel);
    dates->addWidget(m_modifiedTo);
    dates->addStretch(1);
    dates->addWidget(m_countLabel);
    filters->addLayout(dates, 2, 0, 1, 6);

    // Without a saved header: newest first, as an analyst expects on first start.
    m_table = TableViews::createSortableTable(this,
                                              u"pulseTable"_s,
                                              m_pulses,
                                              {{PulseTableModel::Name, 380},
                                               {PulseTableModel::Modified, 130},
                                               {PulseTableModel::Tlp, 80}},
                                              m_settings.uiValue(HEADER_KEY).toByteArray(),
                                              PulseTableModel::Modified,
                                              Qt::DescendingOrder);

    m_detail = new PulseDetailView(m_settings, indicators, this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"pulseSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(m_settings.uiValue(SPLITTER_KEY).toByteArray())) {
        m_splitter->setSizes({400, 500});
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_splitter, 1);

    // The remembered filter, applied before any signal is connected.
    const PulseFilter saved = PulseFilter::fromVariantMap(m_settings.uiValue(FILTER_KEY).toMap());
    m_text->setText(saved.text);
    m_tlp->setCurrentIndex(std::max(0, m_tlp->findData(saved.tlp)));
    m_adversary->setText(saved.adversary);
    m_malware->setText(saved.malwareFamily);
    m_attack->setText(saved.attackId);
    m_tag->setText(saved.tag);
    // The dates are remembered even while the date filter is off.
    if (const QDate from = m_settings.uiValue(MODIFIED_FROM_KEY).toDate(); from.isValid()) {
        m_modifiedFrom->setDate(from);
    }
    if (const QDate to = m_settings.uiValue(MODIFIED_TO_KEY).toDate(); to.isValid()) {
        m_modifiedTo->setDate(to);
    }
    m_modifiedCheck->setChecked(m_settings.uiValue(MODIFIED_ENABLED_KEY, false).toBool());
    updateDateEditsEnabled();
    m_pulses->setFilter(filterFromWidgets());

    connect(m_filterTimer, &QTimer::timeout, this, &PulseBrowser::applyFilter);
    for (QLineEdit *edit : {m_text, m_adversary, m_malware, m_attack, m_tag}) {
        connect(edit, &QLineEdit::textChanged, this, &PulseBrowser::scheduleFilter);
        connect(edit, &QLineEdit::returnPressed, this, &PulseBrowser::applyFilter);
    }
    connect(m_tlp, &QComboBox::currentIndexChanged, this, &PulseBrowser::applyFilter);
    connect(m_modifiedCheck, &QCheckBox::toggled, this, [this] {
        updateDateEditsEnabled();
        applyFilter();
    });
    connect(m_modifiedFrom, &QDateEdit::dateChanged, this, &PulseBrowser::scheduleFilter);
    connect(m_modifiedTo, &QDateEdit::dateChanged, this, &PulseBrowser::scheduleFilter);
    connect(clearButton, &QPushButton::clicked, this, &PulseBrowser::clearFilters);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &PulseBrowser::showCurrentPulse);
    connect(m_pulses, &PulseTableModel::countChanged, this, &PulseBrowser::updateCountLabel);
    connect(m_pulses, &QAbstractItemModel::rowsInserted, this, &PulseBrowser::updateCountLabel);
    connect(m_pulses, &QAbstractItemModel::modelReset, this, [this] {
        // The selection is gone with the reset; keep the details only if the pulse is still
        // among the rows.
        const int row = m_pulses->rowOfPulse(m_shownPulse);
        if (row >= 0) {
            m_table->selectRow(row);
        } else {
            m_shownPulse = 0;
            m_detail->clear();
        }
    });
    connect(m_pulses, &PulseTableModel::queryFailed, this, [this](const Error &error) {
        m_countLabel->setText(tr("Could not read the pulses: %1").arg(error.message));
        m_countLabel->setToolTip(error.detail);
    });
    updateCountLabel();
}

PulseFilter PulseBrowser::filterFromWidgets() const
{
    PulseFilter f;
    f.text = m_text->text().trimmed();
    f.tlp = m_tlp->currentData().toString();
    f.adversary = m_adversary->text().trimmed();
    f.malwareFamily = m_malware->text().trimmed();
    f.attackId = m_attack->text().trimmed();
    f.tag = m_tag->text().trimmed();
    if (m_modifiedCheck->isChecked()) {
        // Whole local days, both ends included.
        const QDate from = std::min(m_modifiedFrom->date(), m_modifiedTo->date());
        const QDate to = std::max(m_modifiedFrom->date(), m_modifiedTo->date());
        f.modifiedFromMs = from.startOfDay().toMSecsSinceEpoch();
        f.modifiedToMs = to.addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    }
    return f;
}

void PulseBrowser::setFilter(const PulseFilter &filter)
{
    const QSignalBlocker b1(m_text), b2(m_tlp), b3(m_adversary), b4(m_malware), b5(m_attack),
            b6(m_tag), b7(m_modifiedCheck), b8(m_modifiedFrom), b9(m_modifiedTo);
    m_text->setText(filter.text);
    m_tlp->setCurrentIndex(std::max(0, m_tlp->findData(filter.tlp)));
    m_adversary->setText(filter.adversary);
    m_malware->setText(filter.malwareFamily);
    m_attack->setText(filter.attackId);
    m_tag->setText(filter.tag);
    m_modifiedCheck->setChecked(filter.modifiedFromMs || filter.modifiedToMs);
    if (filter.modifiedFromMs) {
        m_modifiedFrom->setDate(QDateTime::fromMSecsSinceEpoch(*filter.modifiedFromMs).date());
    }
    if (filter.modifiedToMs) {
        m_modifiedTo->setDate(QDateTime::fromMSecsSinceEpoch(*filter.modifiedToMs).date());
    }
    updateDateEditsEnabled();
    applyFilter();
}

void PulseBrowser::saveState()
{
    m_settings.setUiValue(HEADER_KEY, m_table->horizontalHeader()->saveState());
    m_settings.setUiValue(SPLITTER_KEY, m_splitter->saveState());
    m_settings.setUiValue(FILTER_KEY, filterFromWidgets().toVariantMap());
    m_settings.setUiValue(MODIFIED_ENABLED_KEY, m_modifiedCheck->isChecked());
    m_settings.setUiValue(MODIFIED_FROM_KEY, m_modifiedFrom->date());
    m_settings.setUiValue(MODIFIED_TO_KEY, m_modifiedTo->date());
    m_detail->saveState();
}

void PulseBrowser::refresh()
{
    // The reset handler selects the shown pulse again, which reloads its details.
    m_pulses->refresh();
}

void PulseBrowser::applyFilter()
{
    m_filterTimer->stop();
    const PulseFilter filter = filterFromWidgets();
    if (filter == m_pulses->filter()) {
        return;
    }
    qCDebug(lcUi) << "Pulse filter applied."
                  << "empty:" << filter.isEmpty();
    m_pulses->setFilter(filter);
}

void PulseBrowser::clearFilters()
{
    setFilter(PulseFilter{});
}

void PulseBrowser::focusFilter()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void PulseBrowser::scheduleFilter()
{
    m_filterTimer->start();
}

void PulseBrowser::showCurrentPulse()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_pulses->pulseRowId(current.row()) : 0;
    if (id == 0) {
        return;
    }
    m_shownPulse = id;
    const auto pulse = m_pulses->loadPulse(id);
    if (!pulse) {
        m_detail->clear(tr("Could not read the pulse: %1").arg(pulse.error().message));
        return;
    }
    m_detail->showPulse(id, pulse.value());
}

void PulseBrowser::updateCountLabel()
{
    m_countLabel->setToolTip(QString());
    const int loaded = m_pulses->rowCount();
    if (const auto count = m_pulses->matchingCount()) {
        const bool filtered = !m_pulses->filter().isEmpty();
        m_countLabel->setText(filtered ? tr("%n pulse(s) match", nullptr, static_cast<int>(*count))
                                       : tr("%n pulse(s)", nullptr, static_cast<int>(*count)));
    } else {
        m_countLabel->setText(tr("%n pulse(s) loaded", nullptr, loaded));
    }
}

void PulseBrowser::updateDateEditsEnabled()
{
    m_modifiedFrom->setEnabled(m_modifiedCheck->isChecked());
    m_modifiedTo->setEnabled(m_modifiedCheck->isChecked());
}

#include "ui/PulseDetailView.h"

#include "models/PulseIndicatorModel.h"
#include "models/Timestamps.h"
#include "services/AppSettings.h"
#include "ui/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

const QString INDICATOR_HEADER_KEY = u"pulses/indicatorHeader"_s;
const QString DETAIL_SPLITTER_KEY = u"pulses/detailSplitter"_s;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A reference becomes a link only when it is a web address; anything else stays text, so a
// pulse cannot smuggle in another scheme.
QString referenceHtml(const QString &reference)
{
    const QUrl url(reference.trimmed(), QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        && !url.host().isEmpty()) {
        return u"<a href=\"%1\">%2</a>"_s.arg(escaped(url.toString(QUrl::FullyEncoded)),
                                              escaped(reference));
    }
    return escaped(reference);
}

// T1566 -> https://attack.mitre.org/techniques/T1566/, T1566.001 -> .../T1566/001/
QString attackHtml(const QString &id)
{
    static const QRegularExpression technique(u"^T(\\d{4})(?:\\.(\\d{3}))?$"_s);
    const auto m = technique.match(id.trimmed().toUpper());
    if (!m.hasMatch()) {
        return escaped(id);
    }
    QString path = u"T"_s + m.captured(1) + u'/';
    if (m.hasCaptured(2)) {
        path += m.captured(2) + u'/';
    }
    return u"<a href=\"https://attack.mitre.org/techniques/%1\">%2</a>"_s.arg(path, escaped(id));
}

QString listHtml(const QStringList &items, QString (*toHtml)(const QString &))
{
    QStringList out;
    for (const QString &item : items) {
        out << toHtml(item);
    }
    return out.join(u", "_s);
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty()) {
        return {};
    }
    return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            escaped(label),
            valueHtml);
}

} // namespace

PulseDetailView::PulseDetailView(AppSettings &settings,
                                 PulseIndicatorModel *indicators,
                                 QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_indicators(indicators)
{
    setObjectName(u"PulseDetailView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"detailSplitter"_s);
    layout->addWidget(splitter);

    m_text = new QTextBrowser(splitter);
    m_text->setObjectName(u"pulseDetailText"_s);
    // Links go through Dialogs so that tests can see them and nothing opens a browser there.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    connect(m_text, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        Dialogs::openUrl(url);
    });

    auto *indicatorPane = new QWidget(splitter);
    auto *paneLayout = new QVBoxLayout(indicatorPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *typeLabel = new QLabel(tr("&Type:"), indicatorPane);
    m_typeCombo = new QComboBox(indicatorPane);
    m_typeCombo->setObjectName(u"indicatorTypeCombo"_s);
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    typeLabel->setBuddy(m_typeCombo);
    m_countLabel = new QLabel(indicatorPane);
    m_countLabel->setObjectName(u"indicatorCountLabel"_s);
    m_copyButton = new QPushButton(tr("&Copy"), indicatorPane);
    m_copyButton->setObjectName(u"copyIndicatorsButton"_s);
    m_copyButton->setToolTip(tr("Copy the selected indicator values, one per line (Ctrl+C)"));
    m_openButton = new QPushButton(tr("Open in &OTX"), indicatorPane);
    m_openButton->setObjectName(u"openInOtxButton"_s);
    m_openButton->setToolTip(tr("Open this pulse's page on the OTX server in your browser"));
    bar->addWidget(typeLabel);
    bar->addWidget(m_typeCombo);
    bar->addWidget(m_countLabel, 1);
    m_enrichButton = new QPushButton(tr("&Enrich"), indicatorPane);
    m_enrichButton->setObjectName(u"enrichPulseButton"_s);
    m_enrichButton->setToolTip(tr("Fetch OTX's data on this pulse's indicators (Enrichment "
                                  "panel)"));
    bar->addWidget(m_copyButton);
    bar->addWidget(m_enrichButton);
    bar->addWidget(m_openButton);
    paneLayout->addLayout(bar);

    m_table = new QTableView(indicatorPane);
    m_table->setObjectName(u"indicatorTable"_s);
    m_table->setModel(m_indicators);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(PulseIndicatorModel::Type, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    paneLayout->addWidget(m_table);

    m_copyAction = new QAction(tr("Copy values"), m_table);
    m_copyAction->setObjectName(u"copyIndicatorsAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_copyAction);
    auto *openAction = new QAction(tr("Open pulse in OTX"), m_table);
    m_table->addAction(openAction);

    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    if (!splitter->restoreState(m_settings.uiValue(DETAIL_SPLITTER_KEY).toByteArray())) {
        splitter->setSizes({220, 280});
    }
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(PulseIndicatorModel::Type, 120);
    header->resizeSection(PulseIndicatorModel::Value, 300);
    header->resizeSection(PulseIndicatorModel::Title, 200);
    header->resizeSection(PulseIndicatorModel::Description, 220);
    header->resizeSection(PulseIndicatorModel::Role, 150);
    header->resizeSection(PulseIndicatorModel::Created, 130);
    header->resizeSection(PulseIndicatorModel::Expiration, 130);
    header->restoreState(m_settings.uiValue(INDICATOR_HEADER_KEY).toByteArray());

    connect(m_copyAction, &QAction::triggered, this, &PulseDetailView::copySelectedValues);
    connect(m_copyButton, &QPushButton::clicked, this, &PulseDetailView::copySelectedValues);
    connect(openAction, &QAction::triggered, this, &PulseDetailView::openInOtx);
    connect(m_openButton, &QPushButton::clicked, this, &PulseDetailView::openInOtx);
    connect(m_enrichButton, &QPushButton::clicked, this, [this] {
        if (!m_otxId.isEmpty()) {
            emit enrichRequested(m_otxId);
        }
    });
    connect(m_typeCombo, &QComboBox::activated, this, [this](int index) {
        m_indicators->setTypeFilter(m_typeCombo->itemData(index).toString());
    });
    connect(m_indicators,
            &PulseIndicatorModel::countChanged,
            this,
            &PulseDetailView::rebuildTypeCombo);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &PulseDetailView::updateButtons);
    connect(m_indicators, &QAbstractItemModel::modelReset, this, &PulseDetailView::updateButtons);

    clear();
}

void PulseDetailView::showPulse(qint64 pulseRowId, const Pulse &pulse)
{
    m_otxId = pulse.otxId;
    QString html = u"<h2>%1</h2>"_s.arg(escaped(pulse.name));
    QStringList meta;
    if (!pulse.author.isEmpty()) {
        meta << tr("by %1").arg(escaped(pulse.author));
    }
    if (pulse.modifiedMs) {
        meta << tr("modified %1")
                        .arg(escaped(QLocale().toString(
                                Timestamps::toDateTime(*pulse.modifiedMs).toLocalTime(),
                                QLocale::ShortFormat)));
    }
    if (!pulse.tlp.isEmpty()) {
        //: %1 is a Traffic Light Protocol colour such as GREEN
        meta << tr("TLP:%1").arg(escaped(pulse.tlp.toUpper()));
    }
    meta << tr("revision %1").arg(pulse.revision);
    meta << u"<span style=\"font-family:monospace\">%1</span>"_s.arg(escaped(pulse.otxId));
    html += u"<p>%1</p>"_s.arg(meta.join(u" · "_s));
    if (pulse.description.trimmed().isEmpty()) {
        html += u"<p><i>%1</i></p>"_s.arg(escaped(tr("No description.")));
    } else {
        html += u"<p>%1</p>"_s.arg(
                escaped(pulse.description.trimmed()).replace(u"\n"_s, u"<br>"_s));
    }
    QString table;
    table += row(tr("Adversary"), escaped(pulse.adversary));
    table += row(tr("Tags"), listHtml(pulse.tags, &escaped));
    table += row(tr("Malware families"), listHtml(pulse.malwareFamilies, &escaped));
    table += row(tr("ATT&CK"), listHtml(pulse.attackIds, &attackHtml));
    table += row(tr("Targeted countries"), listHtml(pulse.targetedCountries, &escaped));
    table += row(tr("Industries"), listHtml(pulse.industries, &escaped));
    if (!table.isEmpty()) {
        html += u"<table>%1</table>"_s.arg(table);
    }
    if (!pulse.references.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(escaped(tr("References")));
        for (const QString &reference : pulse.references) {
            html += u"<li>%1</li>"_s.arg(referenceHtml(reference));
        }
        html += u"</ul>"_s;
    }
    m_text->setHtml(html);
    m_indicators->setPulse(pulseRowId);
    updateButtons();
}

void PulseDetailView::clear(const QString &why)
{
    m_otxId.clear();
    m_text->setHtml(u"<p><i>%1</i></p>"_s.arg(escaped(
            why.isEmpty() ? tr("Select a pulse to see its details and indicators.") : why)));
    m_indicators->setPulse(0);
    updateButtons();
}

QUrl PulseDetailView::otxUrl() const
{
    if (m_otxId.isEmpty()) {
        return {};
    }
    // The pulse page lives on the same host as the API; the path is the web UI's.
    QUrl url = m_settings.otxBaseUrl();
    url.setPath(u"/pulse/"_s + m_otxId);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString PulseDetailView::selectedValues() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows(PulseIndicatorModel::Value);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.row() < b.row();
    });
    QStringList values;
    for (const QModelIndex &index : std::as_const(rows)) {
        values << index.data(PulseIndicatorModel::RawValueRole).toString();
    }
    return values.join(u'\n');
}

void PulseDetailView::copySelectedValues()
{
    const QString values = selectedValues();
    if (!values.isEmpty()) {
        QApplication::clipboard()->setText(values);
    }
}

void PulseDetailView::openInOtx()
{
    if (const QUrl url = otxUrl(); url.isValid()) {
        Dialogs::openUrl(url);
    }
}

void PulseDetailView::saveState()
{
    m_settings.setUiValue(INDICATOR_HEADER_KEY, m_table->horizontalHeader()->saveState());
    if (auto *splitter = findChild<QSplitter *>(u"detailSplitter"_s)) {
        m_settings.setUiValue(DETAIL_SPLITTER_KEY, splitter->saveState());
    }
}

void PulseDetailView::rebuildTypeCombo()
{
    const QSignalBlocker blocker(m_typeCombo);
    m_typeCombo->clear();
    qint64 total = 0;
    const QStringList types = m_indicators->types();
    for (const QString &type : types) {
        total += m_indicators->typeCount(type);
    }
    m_typeCombo->addItem(tr("All types (%1)").arg(total), QString());
    for (const QString &type : types) {
        m_typeCombo->addItem(u"%1 (%2)"_s.arg(type).arg(m_indicators->typeCount(type)), type);
    }
    m_typeCombo->setCurrentIndex(std::max(0, m_typeCombo->findData(m_indicators->typeFilter())));
    m_typeCombo->setEnabled(!types.isEmpty());
    if (const auto count = m_indicators->matchingCount(); count && m_indicators->pulse() != 0) {
        m_countLabel->setText(tr("%n indicator(s)", nullptr, static_cast<int>(*count)));
    } else {
        m_countLabel->clear();
    }
}

void PulseDetailView::updateButtons()
{
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_copyButton->setEnabled(hasSelection);
    m_copyAction->setEnabled(hasSelection);
    m_openButton->setEnabled(!m_otxId.isEmpty());
    m_enrichButton->setEnabled(!m_otxId.isEmpty());
}

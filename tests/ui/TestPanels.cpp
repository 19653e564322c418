#include "services/Language.h"
#include "tests/common/Catalogue.h"
#include "tests/support/Fixtures.h"
#include "tests/ui/StockedWindow.h"
#include "ui/Dialogs.h"
#include "ui/OverviewPanel.h"
#include "ui/SettingsPanel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace {

const QStringList PANEL_FILES = {u"1-pulses"_s,
                                 u"2-sync-history"_s,
                                 u"3-misp-export"_s,
                                 u"4-enrichment"_s,
                                 u"5-overview"_s,
                                 u"6-settings"_s};

QString withoutAccelerators(QString text)
{
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(u'&');
    text.replace(u'\u0001', u'&');
    return text.trimmed();
}

/// The source as a pattern that matches it with its placeholders filled in; nothing for a
/// source too short or too generic to tell apart from data.
std::optional<QRegularExpression> patternOf(const QString &source)
{
    static const QRegularExpression placeholder(u"%(L?\\d+|n)"_s);
    QString letters = source;
    letters.remove(placeholder);
    if (std::count_if(letters.cbegin(), letters.cend(), [](QChar c) { return c.isLetter(); }) < 4) {
        return std::nullopt;
    }
    QString pattern;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        pattern += QRegularExpression::escape(source.mid(at, m.capturedStart() - at)) + u".*"_s;
        at = m.capturedEnd();
    }
    pattern += QRegularExpression::escape(source.mid(at));
    return QRegularExpression(u"^"_s + pattern + u"$"_s,
                              QRegularExpression::DotMatchesEverythingOption);
}

/// Every string a panel shows on screen: labels, buttons, group titles, placeholders, combo
/// items, tabs, table headers, chart titles, axes and legends.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    auto add = [&](const QString &text) {
        const QString plain = Qt::mightBeRichText(text)
                                      ? QTextDocumentFragment::fromHtml(text).toPlainText()
                                      : text;
        for (const QString &line : plain.split(u'\n', Qt::SkipEmptyParts)) {
            if (!withoutAccelerators(line).isEmpty()) {
                texts.append(withoutAccelerators(line));
            }
        }
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(root->window())) {
            continue;
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            add(label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            add(button->text());
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            add(group->title());
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            add(edit->placeholderText());
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < std::min(combo->count(), 30); ++i) {
                add(combo->itemText(i));
            }
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(tabs->tabText(i));
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c) {
                add(view->model()->headerData(c, Qt::Horizontal).toString());
            }
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            add(chart->title());
            for (QAbstractAxis *axis : chart->axes()) {
                add(axis->titleText());
            }
            for (QLegendMarker *marker : chart->legend()->markers()) {
                add(marker->label());
            }
        }
    }
    return texts;
}

// TODO(tests): only strings that are in the catalogue are checked; a visible string that never
// went through tr() is not caught, because it cannot be told from data (pulse names, values).
bool looksDrawn(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            colours.insert(image.pixel(x, y));
        }
    }
    return colours.size() > 20;
}

} // namespace

// Every main panel on a stocked store: screenshots for a reviewer (PNG files under the build
// folder, in English and in Brazilian Portuguese), and in Portuguese no visible string is
// left in English.
class TestPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Dialogs::setTestMode(true);
    }
    void screenshotsInEnglish();
    void portugueseLeavesNothingInEnglish();

private:
    /// Shows each panel, saves it as PNG under `folder`, and gives its visible strings.
    QHash<QString, QStringList> visitPanels(StockedWindow &stock, const QString &folder);
};

QHash<QString, QStringList> TestPanels::visitPanels(StockedWindow &stock, const QString &folder)
{
    QHash<QString, QStringList> texts;
    QDir().mkpath(folder);
    MainWindow *window = stock.window.get();
    for (int i = 0; i < PANEL_FILES.size(); ++i) {
        const auto panel = static_cast<MainWindow::Panel>(i);
        window->showPanel(panel);
        if (panel == MainWindow::Panel::Overview) {
            QSignalSpy refreshed(window->overviewPanel(), &OverviewPanel::refreshed);
            window->overviewPanel()->refresh();
            if (!refreshed.wait(10000)) {
                qWarning() << "The overview did not refresh.";
                continue; // its texts stay missing: the caller fails
            }
        }
        QTest::qWait(100);
        const QImage shot = window->grab().toImage();
        const QString path = folder + u'/' + PANEL_FILES[i] + u".png"_s;
        if (!shot.save(path) || !looksDrawn(shot)) {
            qWarning() << "A panel screenshot is missing or blank:" << path;
            continue; // its texts stay missing: the caller fails
        }
        QStringList strings = visibleTexts(window->findChild<QWidget *>(u"panels"_s));
        texts.insert(PANEL_FILES[i], strings);
    }
    // The menus and the navigation belong to every panel.
    QStringList frame;
    for (QAction *menu : window->menuBar()->actions()) {
        frame.append(withoutAccelerators(menu->text()));
        if (menu->menu()) {
            for (QAction *a : menu->menu()->actions()) {
                if (!a->isSeparator()) {
                    frame.append(withoutAccelerators(a->text()));
                }
            }
        }
    }
    auto *navigation = window->findChild<QListWidget *>(u"navigation"_s);
    for (int i = 0; i < navigation->count(); ++i) {
        frame.append(navigation->item(i)->text());
    }
    texts.insert(u"frame"_s, frame);
    return texts;
}

void TestPanels::screenshotsInEnglish()
{
    OTXDESK_REQUIRE_FIXTURES();
    QVERIFY(Language::install(u"en"_s));
    StockedWindow stock;
    QString why;
    QVERIFY2(stock.build(&why), qPrintable(why));
    const QString folder = QStringLiteral(OTXDESK_SCREENSHOT_DIR) + u"/en"_s;
    const auto texts = visitPanels(stock, folder);
    for (const QString &name : PANEL_FILES) {
        QVERIFY2(QFile::exists(folder + u'/' + name + u".png"_s), qPrintable(name));
        QVERIFY2(!texts.value(name).isEmpty(), qPrintable(name));
    }
    // Settings sees the key ring's key, and a key held in memory is not called saved.
    auto *keyStatus = stock.window->findChild<QLabel *>(u"keyStatusLabel"_s);
    QVERIFY(keyStatus);
    QTRY_COMPARE(keyStatus->text(),
                 SettingsPanel::tr("The key ring holds %n key(s) (Several keys…); a key here is "
                                   "optional.",
                                   nullptr,
                                   1));
    qInfo().noquote() << "Screenshots are in" << folder;
}

void TestPanels::portugueseLeavesNothingInEnglish()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QList<Catalogue::Message> catalogue = Catalogue::read(
            QStringLiteral(OTXDESK_SOURCE_DIR) + u"/translations/otxdesk_pt_BR.ts"_s);
    QVERIFY(catalogue.size() > 500);
    // What would show in English: a source still untranslated, or translated differently.
    QList<std::pair<QRegularExpression, QString>> english;
    for (const Catalogue::Message &m : catalogue) {
        const QString source = withoutAccelerators(m.source);
        const bool same =
                !m.translations.isEmpty()
                && std::all_of(m.translations.cbegin(),
                               m.translations.cend(),
                               [&](const QString &t) { return withoutAccelerators(t) == source; });
        if (same) {
            continue; // the same words in both languages ("OTX", "MISP", "Status"…)
        }
        if (const auto pattern = patternOf(source)) {
            english.append({*pattern, m.source});
        }
    }

    QVERIFY(Language::install(u"pt_BR"_s, QStringLiteral(OTXDESK_QM_DIR)));
    QCOMPARE(QLocale().name(), u"pt_BR"_s);
    StockedWindow stock;
    QString why;
    QVERIFY2(stock.build(&why), qPrintable(why));
    const QString folder = QStringLiteral(OTXDESK_SCREENSHOT_DIR) + u"/pt_BR"_s;
    const auto texts = visitPanels(stock, folder);
    for (const QString &name : PANEL_FILES) {
        QVERIFY2(!texts.value(name).isEmpty(), qPrintable(name));
    }
    QStringList leftInEnglish;
    int checked = 0;
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        for (const QString &text : it.value()) {
            ++checked;
            for (const auto &[pattern, source] : english) {
                if (pattern.match(text).hasMatch()) {
                    leftInEnglish.append(
                            u"%1: \"%2\" (source \"%3\")"_s.arg(it.key(), text, source));
                    break;
                }
            }
        }
    }
    Language::install(u"en"_s);
    QVERIFY(checked > 200);
    QVERIFY2(leftInEnglish.isEmpty(), qPrintable(leftInEnglish.join(u'\n')));
}

QTEST_MAIN(TestPanels)
#include "TestPanels.moc"

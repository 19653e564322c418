#include "ui/Dialogs.h"

#include <QObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void init() { Dialogs::setTestMode(true); }
    void cleanup() { Dialogs::setTestMode(false); }

    void recordsMessagesInsteadOfShowingThem();
    void answersQuestionsFromTheQueue();
    void declinesWithoutAQueuedAnswer();
    void dropsTheAnswerWhenTheContextIsGone();
    void recordsOpenedUrls();
};

void TestDialogs::recordsMessagesInsteadOfShowingThem()
{
    Dialogs::warning(nullptr, u"Title"_s, u"Text"_s, u"Detail"_s);
    Dialogs::critical(nullptr, u"Fault"_s, u"Broken"_s);
    const auto shown = Dialogs::takeShown();
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0).kind, Dialogs::Kind::Warning);
    QCOMPARE(shown.at(0).detail, u"Detail"_s);
    QCOMPARE(shown.at(1).kind, Dialogs::Kind::Critical);
    QVERIFY(Dialogs::takeShown().isEmpty());
}

void TestDialogs::answersQuestionsFromTheQueue()
{
    QObject context;
    Dialogs::setTestAnswer(true);
    Dialogs::setTestAnswer(u"fin7"_s);
    std::optional<bool> answer;
    QString text;
    Dialogs::ask(nullptr, u"Q"_s, u"Sure?"_s, u"Yes"_s, u"No"_s, &context, [&](bool yes) {
        answer = yes;
    });
    Dialogs::askText(nullptr, u"T"_s, u"Query:"_s, {}, &context, [&](const QString &t) {
        text = t;
    });
    // Answers arrive from the event loop, as a real dialog's would.
    QVERIFY(!answer);
    QTRY_COMPARE(answer, std::optional<bool>(true));
    QTRY_COMPARE(text, u"fin7"_s);
    QCOMPARE(Dialogs::takeShown().size(), 2);
}

void TestDialogs::declinesWithoutAQueuedAnswer()
{
    QObject context;
    std::optional<bool> answer;
    bool accepted = false;
    Dialogs::ask(nullptr, u"Q"_s, u"Sure?"_s, u"Yes"_s, u"No"_s, &context, [&](bool yes) {
        answer = yes;
    });
    Dialogs::askText(nullptr, u"T"_s, u"Id:"_s, {}, &context, [&](const QString &) {
        accepted = true;
    });
    QTRY_COMPARE(answer, std::optional<bool>(false));
    QTest::qWait(10);
    QVERIFY(!accepted);
}

void TestDialogs::dropsTheAnswerWhenTheContextIsGone()
{
    bool called = false;
    {
        QObject context;
        Dialogs::setTestAnswer(true);
        Dialogs::ask(nullptr, u"Q"_s, u"Sure?"_s, u"Yes"_s, u"No"_s, &context, [&](bool) {
            called = true;
        });
    }
    QTest::qWait(10);
    QVERIFY(!called);
}

void TestDialogs::recordsOpenedUrls()
{
    QVERIFY(Dialogs::openUrl(QUrl(u"https://otx.alienvault.com/pulse/abc"_s)));
    QCOMPARE(Dialogs::takeOpenedUrls(),
             QList<QUrl>{QUrl(u"https://otx.alienvault.com/pulse/abc"_s)});
}

QTEST_MAIN(TestDialogs)
#include "TestDialogs.moc"

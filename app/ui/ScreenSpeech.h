#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QQuickItem>
#include <QStringList>

namespace kiosk {

/// What the read-aloud mode says for one screen, taken from the screen's own items, so in the language
/// they show: its title (its largest text), its instructions (its other texts, in order) and its
/// choices (buttons, and items that declare an accessible button or check box role, by their
/// accessible names). Hidden items, symbols and items marked Accessible.ignored are left out.
class ScreenSpeech
{
    Q_DECLARE_TR_FUNCTIONS(ScreenSpeech)
public:
    struct Choice
    {
        QPointer<QQuickItem> item;
        QString label;
        bool checkable = false;
        bool checked = false;
    };

    /// The words and choices of @p screen, then the choices only of @p bands (the header, the
    /// countdown, the footer).
    static ScreenSpeech read(QQuickItem *screen, const QList<QQuickItem *> &bands);

    QString title;
    QStringList instructions;
    QList<Choice> choices;

    /// What is said when the screen shows: the title, the instructions, then the choices.
    QStringList utterances() const;
    /// A choice as it is said when it gets the focus: its label, and for a check box whether it is
    /// selected.
    static QString spoken(const Choice &choice);
    /// Carries out @p choice: a button's click, or an item's accessible toggle (check box) or press
    /// action. False when the choice is gone or disabled.
    static bool activate(const Choice &choice);
};

} // namespace kiosk

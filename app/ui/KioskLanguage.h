#pragma once

#include <QLocale>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>
#include <QVariantList>

/// The shopper's language for this session only: the header's language buttons call select(),
/// which swaps the translator and retranslates every qsTr() on screen live; reset() (when the
/// session returns to attract) goes back to the kiosk's default. A colleague's screens are in the
/// store's language (the default) whatever the shopper chose, and the shopper's comes back after
/// them (setColleagueScreen()). The default QLocale follows the language, in the store's country
/// where the language has a form for it (es_US), so prices and dates read the shopper's way. Reaches QML as
/// `Language`; the engine creates and owns it, because it acts on that engine.
class KioskLanguage : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Language)
    QML_SINGLETON
    Q_PROPERTY(QString current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantList available READ available CONSTANT)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage CONSTANT)

public:
    explicit KioskLanguage(QQmlEngine *engine, QObject *parent = nullptr);
    ~KioskLanguage() override;

    QString current() const { return m_current; }
    /// [{code: "en", name: "English"}, …], each name in its own language.
    QVariantList available() const;
    /// The kiosk's language from its configured locale, or English.
    QString defaultLanguage() const { return m_default; }

    /// Switches to `code` ("en", "es", "fr"). False for a language the kiosk has no translation of.
    Q_INVOKABLE bool select(const QString &code);
    Q_INVOKABLE void reset();
    /// A colleague's screen shows (true): the store's language; it left (false): the shopper's again.
    Q_INVOKABLE void setColleagueScreen(bool colleague);

    static KioskLanguage *create(QQmlEngine *engine, QJSEngine *) { return new KioskLanguage(engine); }

Q_SIGNALS:
    void currentChanged();

private:
    QPointer<QQmlEngine> m_engine;
    QTranslator m_translator;
    QLocale m_storeLocale; ///< the kiosk's configured locale
    QString m_default;
    QString m_current;
    QString m_shopper; ///< the shopper's language while a colleague's screen shows; empty otherwise
};

#pragma once

#include "library/Library.h"

#include <QStringList>
#include <QTemporaryDir>

#include <memory>

// A library in a temporary folder, filled from the corpus or from letters written here.
struct UiFixture {
    UiFixture();

    // Imports files; fails the test when one does not import. Returns the letter ids in order.
    QList<qint64> import(const QStringList& paths);
    // Writes a text letter in Kamerstuk layout (dossier 19637, given number and body) and imports it.
    qint64 importTextLetter(const QString& ondernummer, const QString& body, const QString& dossier = "19 637");
    // Corpus files by name under ../shared/corpus; empty when the corpus is absent.
    static QStringList corpusFiles(const QStringList& names);

    QTemporaryDir dir;
    std::unique_ptr<kl::Library> library;
};

// Runs the event loop until `done` holds or `ms` pass; returns whether it held.
bool waitFor(const std::function<bool()>& done, int ms = 20000);

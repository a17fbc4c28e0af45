#pragma once

#include <QString>

namespace kl {

// One dossier (Kamerstuk number) a document belongs to: `36 600 VII` is number "36600", addition "VII".
struct Dossier {
    QString number;   // digits only, no spaces: "36600"
    QString addition; // "VII", "IIA", "20" (EU council sub-dossier), "A"; empty when none
    QString title;    // empty when unknown

    // "36600 VII", "21501-20", "19637": the form used in citations and ids.
    QString display() const;
    // "dossier-36600-VII": the reference target id of DESIGN.md section 5.
    QString targetId() const;
    bool operator==(const Dossier& o) const { return number == o.number && addition == o.addition; }
};

} // namespace kl

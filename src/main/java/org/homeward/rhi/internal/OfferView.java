package org.homeward.rhi.internal;

import org.homeward.platform.Vocabularies;

/** Labels for codes on the record page. */
public class OfferView {

    private final Vocabularies vocabularies;

    OfferView(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    public String label(String vocabulary, String code) {
        return vocabularies.label(vocabulary, code).orElse(code);
    }

    public String method(String code) {
        return ReturnInterviewController.METHODS.stream().filter(t -> t.code().equals(code))
                .map(Vocabularies.Term::label).findFirst().orElse(code);
    }

    /** Interviews recorded before the decision was asked for have none. */
    public String support(String code, String referralTo) {
        if (code == null) {
            return "Not recorded";
        }
        String label = ReturnInterviewController.SUPPORT.stream().filter(t -> t.code().equals(code))
                .map(Vocabularies.Term::label).findFirst().orElse(code);
        return referralTo == null ? label : label + ": " + referralTo;
    }

    public String outcome(String code) {
        return Offer.Outcome.label(code);
    }
}

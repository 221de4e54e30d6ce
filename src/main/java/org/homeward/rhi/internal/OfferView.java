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

    public String outcome(String code) {
        return Offer.Outcome.label(code);
    }
}

package dev.orbita.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Text analysis for Portuguese and English names: standard tokens, lower case, accents folded,
 * so that "conceicao" finds "Conceição". E-mail addresses are kept whole (see ADR 013): the index
 * holds the address, its local part and its domain as three tokens, and a query is one token, so
 * that {@code joao@estrela.com.br} finds that address only and {@code estrela.com.br} every address
 * at the domain.
 */
@Component("orbitaAnalysisConfigurer")
class OrbitaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    /** Raise when an analyzer below changes its output: the indexes are then rebuilt at the next start. */
    static final int VERSION = 2;

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("orbita_text").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer("orbita_keyword").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer("orbita_email").custom()
                .tokenizer("keyword")
                .tokenFilter("trim")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("patternCaptureGroup")
                .param("pattern", "^([^@]+)@([^@]+)$")
                .param("preserve_original", "true");
        context.analyzer("orbita_email_query").custom()
                .tokenizer("keyword")
                .tokenFilter("trim")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}

package dev.orbita.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Text analysis for Portuguese and English names: standard tokens, lower case, accents folded,
 * so that "conceicao" finds "Conceição".
 */
@Component("orbitaAnalysisConfigurer")
class OrbitaAnalysisConfigurer implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("orbita_text").custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.normalizer("orbita_keyword").custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}

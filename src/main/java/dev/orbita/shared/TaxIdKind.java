package dev.orbita.shared;

/** The kinds of tax identification numbers Orbita understands. */
public enum TaxIdKind {
    /** Brazilian individual taxpayer number (Cadastro de Pessoas Físicas), 11 digits. */
    CPF,
    /** Brazilian company number (Cadastro Nacional da Pessoa Jurídica), 14 digits. */
    CNPJ,
    /** Portuguese tax number of a natural person (Número de Identificação Fiscal), 9 digits. */
    PT_NIF,
    /** Portuguese tax number of a legal person (Número de Identificação de Pessoa Coletiva), 9 digits. */
    PT_NIPC,
    /** EU VAT number with its two-letter member-state prefix (e.g. PT123456789, DE123456789). */
    EU_VAT
}

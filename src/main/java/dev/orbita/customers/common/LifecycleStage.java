package dev.orbita.customers.common;

public enum LifecycleStage {
    LEAD, PROSPECT, CUSTOMER, FORMER_CUSTOMER
}

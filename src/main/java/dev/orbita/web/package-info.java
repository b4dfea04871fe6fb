/** Web plumbing shared by every module: problem details, paging, formatting helpers. */
@org.springframework.modulith.ApplicationModule(displayName = "Web support")
package dev.orbita.web;

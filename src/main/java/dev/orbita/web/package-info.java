/**
 * Web plumbing shared by every module: problem details, paging, the keyset list runner
 * ({@code list}), ETags and merge patch. Open: every type in it is public API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web support",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.orbita.web;

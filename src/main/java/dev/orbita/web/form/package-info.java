/**
 * Form rows and helpers every record form uses: phone, e-mail and address rows bound by Thymeleaf
 * (rendered by the {@code shell/contact-points} fragments), tags as text, and validation errors
 * copied onto the rows they belong to.
 */
package dev.orbita.web.form;

package test;

import io.github.errata.ApiError;
import io.github.errata.ErrorCatalog;

/** Errors returned by the plans API, with details that are not valid templates. */
@ErrorCatalog(docs = "https://plans.example.com/errors")
public interface TemplateSyntax {

  /** No plan has the name that was asked for. */
  @ApiError(status = 404, title = "Plan not found.",
      detail = "No plan named {plan") // expect: errata.template-syntax
  void planNotFound(String plan);

  /** The account has used up its plan's quota. */
  @ApiError(status = 402, title = "Quota exceeded.",
      detail = "Quota} exceeded for plan {plan}") // expect: errata.template-syntax
  void quotaExceeded(String plan);

  /** The plan cannot be changed to the one asked for. */
  @ApiError(status = 409, title = "Plan change refused.",
      detail = "Cannot change to {not valid}") // expect: errata.template-syntax
  void planChangeRefused(String plan);
}

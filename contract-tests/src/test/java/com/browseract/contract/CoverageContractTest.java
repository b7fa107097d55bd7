package com.browseract.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.browseract.client.BrowserAct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coverage guard, over both specs: every operation of each document has a call in the suite's registry
 * ({@link OperationCalls} for v2, {@link BotOperationCalls} for v3), and that call, made against Prism's mock of
 * the document, reaches exactly that operation with a request Prism finds valid. An operation added to a spec
 * fails here, by name, until the registry has a call for it; from then on the error, fuzz and recorded-answer
 * tests, which iterate over the registries, exercise it too.
 *
 * <p>Independent by construction: it makes its own calls and reads nothing other tests leave behind, so it
 * gives the same verdict alone ({@code -Dtest=CoverageContractTest}), first, last or in parallel.
 */
@ExtendWith(PrismExtension.class)
class CoverageContractTest {

  /** One request as Prism saw it: the operation it reached and the request violations Prism reported. */
  private static final class Seen {
    final String operation;
    final String violations;

    Seen(String operation, String violations) {
      this.operation = operation;
      this.violations = violations;
    }
  }

  private static Interceptor recordingInto(SpecDocument spec, List<Seen> seen) {
    return chain -> {
      Response response = chain.proceed(chain.request());
      String violations = response.header("sl-violations");
      seen.add(new Seen(spec.operationOf(chain.request().method(), chain.request().url().encodedPath()),
          violations != null && violations.contains("\"request\"") ? violations : null));
      return response;
    };
  }

  @Test
  void everyOperationWasExercisedWithValidRequests(PrismExtension.MockUrl mock) {
    List<Seen> seen = new ArrayList<>();
    try (BrowserAct client = ContractClient.create(mock.value, null, 0, recordingInto(Spec.V2, seen))) {
      check("v2", Spec.V2, OperationCalls.BY_OPERATION.keySet(), seen,
          operation -> OperationCalls.BY_OPERATION.get(operation).invoke.apply(client));
    }
  }

  @Test
  void everyV3OperationWasExercisedWithValidRequests(PrismExtension.MockV3Url mock) {
    List<Seen> seen = new ArrayList<>();
    try (BotsClient client = BotsClient.create(mock.value, null, recordingInto(Spec.V3, seen))) {
      check("v3", Spec.V3, BotOperationCalls.BY_OPERATION.keySet(), seen,
          operation -> BotOperationCalls.callAndCheck(operation, client));
    }
  }

  private static void check(String label, SpecDocument spec, Set<String> registered, List<Seen> seen,
      Consumer<String> call) {
    Set<String> documented = new TreeSet<>(spec.operations().values());
    Set<String> missing = new TreeSet<>(documented);
    missing.removeAll(registered);
    Set<String> unknown = new TreeSet<>(registered);
    unknown.removeAll(documented);

    Map<String, List<String>> reached = new TreeMap<>();
    List<String> violations = new ArrayList<>();
    for (String operation : registered) {
      seen.clear();
      call.accept(operation);
      List<String> operations = new ArrayList<>();
      for (Seen request : seen) {
        operations.add(request.operation);
        if (request.violations != null) {
          violations.add(operation + ": " + request.violations);
        }
      }
      reached.put(operation, operations);
    }

    System.out.printf("Contract coverage %s: %d of %d operations have a call, %d calls made, %d request "
        + "violations%n", label, documented.size() - missing.size(), documented.size(), reached.size(),
        violations.size());
    assertThat(missing).as("%s operations with no call in the suite (add one to its registry): %s", label, missing)
        .isEmpty();
    assertThat(unknown).as("%s calls for operations the spec does not have", label).isEmpty();
    assertThat(reached).as("%s calls", label).isNotEmpty();
    reached.forEach((operation, operations) -> assertThat(operations)
        .as("%s: operations the call for %s reached", label, operation).isNotEmpty().containsOnly(operation));
    assertThat(violations).as("%s requests Prism found invalid", label).isEmpty();
  }
}

package id.go.tangerangkota.mpp.hub.payment;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small biller and bank for {@link PaymentFlowIT}, over real HTTP: the biller holds bills and
 * confirms or reverses payments by external id, the bank records payments by external id (a repeat
 * is answered "duplicate") and answers their status. Some customers make a party slow, as a real one
 * is when it times out: C-SLOWBANK (the bank records the payment, then answers too late) and
 * C-SLOWCONFIRM (the biller records the confirmation, then answers too late); and the whole bank
 * can be taken down ({@link #bankDown()}: nothing answered in time) and brought back.
 */
final class TestBillerAndBank implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long TOO_LATE_MS = 2500;

    private final HttpServer http;
    private final Map<String, ObjectNode> bills = new ConcurrentHashMap<>();
    private final Map<String, String> bankPayments = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> bankPaymentsByCustomer = new ConcurrentHashMap<>();
    private final AtomicBoolean bankDown = new AtomicBoolean(false);
    private final AtomicInteger references = new AtomicInteger();

    TestBillerAndBank() throws IOException {
        bill("C-1", 100_000, "UNPAID");
        bill("C-2", 250_000, "UNPAID");
        bill("C-PAID", 50_000, "PAID");
        bill("C-SLOWBANK", 75_000, "UNPAID");
        bill("C-SLOWCONFIRM", 80_000, "UNPAID");
        bill("C-DOWNBANK", 90_000, "UNPAID");
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        http.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "test-biller-bank");
            t.setDaemon(true);
            return t;
        }));
        http.createContext("/biller/bill", x -> answer(x, billOf(read(x))));
        http.createContext("/biller/confirm", x -> answer(x, confirm(read(x))));
        http.createContext("/biller/reverse", x -> answer(x, reverse(read(x))));
        http.createContext("/bank/pay", x -> answer(x, pay(read(x))));
        http.createContext("/bank/status", x -> answer(x, status(read(x))));
        http.start();
    }

    String url(String party) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/" + party;
    }

    String billStatus(String customer) {
        return bills.get(customer).path("status").asText();
    }

    int bankPaymentsOf(String customer) {
        return bankPaymentsByCustomer.getOrDefault(customer, new AtomicInteger()).get();
    }

    /** From now on the bank answers nothing in time (its status answers PENDING, too late). */
    void bankDown() {
        bankDown.set(true);
    }

    void bankBack() {
        bankDown.set(false);
    }

    private void bill(String customer, long amount, String status) {
        ObjectNode bill = JSON.createObjectNode().put("customerId", customer).put("amount", amount)
                .put("status", status).put("reference", "REF-" + customer);
        bills.put(customer, bill);
    }

    private JsonNode billOf(JsonNode request) {
        ObjectNode bill = bills.get(request.path("customerId").asText());
        return bill == null ? JSON.createObjectNode().put("code", "NOT_FOUND") : bill;
    }

    private JsonNode confirm(JsonNode request) {
        String customer = request.path("customerId").asText();
        ObjectNode bill = bills.get(customer);
        synchronized (this) {
            if (!bill.path("paidBy").asText().equals(request.path("externalId").asText())) {
                if (bill.path("status").asText().equals("PAID")) {
                    return JSON.createObjectNode().put("code", "ALREADY_PAID");
                }
                bill.put("status", "PAID").put("paidBy", request.path("externalId").asText())
                        .put("receipt", "RCPT-" + references.incrementAndGet());
            }
        }
        // Recorded, but the answer comes too late: outside the lock, so a reversal can come in.
        if (customer.equals("C-SLOWCONFIRM")) {
            sleep();
        }
        return JSON.createObjectNode().put("code", "OK").put("externalId", request.path("externalId").asText())
                .put("amount", bill.path("amount").asLong()).put("receipt", bill.path("receipt").asText());
    }

    private synchronized JsonNode reverse(JsonNode request) {
        ObjectNode bill = bills.get(request.path("customerId").asText());
        if (bill.path("paidBy").asText().equals(request.path("externalId").asText())) {
            bill.put("status", "UNPAID").remove(java.util.List.of("paidBy", "receipt"));
        }
        return JSON.createObjectNode().put("code", "OK");
    }

    private JsonNode pay(JsonNode request) {
        if (bankDown.get()) {
            sleep();
            return JSON.createObjectNode().put("code", "UNAVAILABLE");
        }
        String customer = request.path("customerNo").asText();
        String externalId = request.path("externalId").asText();
        if (bankPayments.containsKey(externalId)) {
            return JSON.createObjectNode().put("code", "DUPLICATE");
        }
        String reference = "BANK-" + references.incrementAndGet();
        bankPayments.put(externalId, reference);
        bankPaymentsByCustomer.computeIfAbsent(customer, c -> new AtomicInteger()).incrementAndGet();
        if (customer.equals("C-SLOWBANK")) {
            sleep();
        }
        return JSON.createObjectNode().put("code", "OK").put("externalId", externalId)
                .put("amount", request.path("amount").asLong()).put("reference", reference);
    }

    private JsonNode status(JsonNode request) {
        if (bankDown.get()) {
            sleep();
            return JSON.createObjectNode().put("status", "PENDING");
        }
        String reference = bankPayments.get(request.path("externalId").asText());
        return reference == null ? JSON.createObjectNode().put("status", "FAILED")
                : JSON.createObjectNode().put("status", "PAID").put("reference", reference);
    }

    private static void sleep() {
        try {
            Thread.sleep(TOO_LATE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static JsonNode read(HttpExchange x) throws IOException {
        return JSON.readTree(x.getRequestBody().readAllBytes());
    }

    private static void answer(HttpExchange x, JsonNode body) throws IOException {
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(200, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public void close() {
        http.stop(0);
    }
}

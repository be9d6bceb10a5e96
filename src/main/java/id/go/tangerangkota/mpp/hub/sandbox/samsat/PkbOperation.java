package id.go.tangerangkota.mpp.hub.sandbox.samsat;

import org.w3c.dom.Element;

/** One operation of the host's binding: a schema-valid, authenticated request in, the answer element out. */
interface PkbOperation {

    /** The WSDL operation name, e.g. {@code InquiryPKB}. */
    String name();

    /** The answer element (e.g. {@code pkb:InquiryPKBResponse}); business errors go in kodeRespon. */
    Element answer(Element request);

    /** The text of a request field, or null when absent. */
    static String field(Element request, String name) {
        return SafeXml.childText(request, Soap11.PKB_NS, name);
    }

    /** Adds kodeRespon and pesanRespon, which every answer starts with. */
    static void respon(Element answer, KodeRespon code, String message) {
        Soap11.add(answer, "kodeRespon", code.code());
        Soap11.add(answer, "pesanRespon", message);
    }
}

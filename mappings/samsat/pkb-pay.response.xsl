<?xml version="1.0" encoding="UTF-8"?>
<!--
  Samsat BayarPKBResponse (or a SOAP fault) -> outcome + canonical payment
  (mappings/canonical/payment.schema.json) with the NTPD as billerReference. kodeRespon 00 paid
  (a repeat of the same idTransaksi answers 00 with the same NTPD); 14 unknown billing code
  (NOT_FOUND); 88 already paid, 13 wrong amount, 94 id used for another notice: REJECTED with the
  host's words and code, so the payment flow can tell "already paid" from a failure.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:pkb="urn:bapenda-banten:samsat:pkb:1"
    xmlns:samsat="urn:mpp-hub:mappings:samsat"
    exclude-result-prefixes="#all">
  <xsl:include href="samsat-common.xsl"/>
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/pkb:BayarPKBResponse">
    <xsl:variable name="code" select="normalize-space(pkb:kodeRespon)"/>
    <xsl:variable name="p" select="pkb:pembayaran"/>
    <xsl:sequence select="
        if ($code = '00' and $p) then map{
          'outcome': 'OK',
          'agencyReference': string($p/pkb:ntpd),
          'result': map{
            'status': 'PAID',
            'externalId': string(pkb:idTransaksi),
            'amount': xs:integer($p/pkb:jumlahBayar),
            'currency': 'IDR',
            'paidAt': string($p/pkb:tanggalBayar),
            'bankReference': string($p/pkb:referensiBank),
            'billerReference': string($p/pkb:ntpd),
            'receiptText': string-join((
                'SAMSAT BAPENDA PROVINSI BANTEN',
                'PKB ' || $p/pkb:nomorPolisi || ' KODE BAYAR ' || $p/pkb:kodeBayar,
                'NTPD ' || $p/pkb:ntpd,
                'JUMLAH Rp' || format-integer(xs:integer($p/pkb:jumlahBayar), '#.##0')), '&#10;')
          }}
        else if ($code = '14') then map{'outcome': 'NOT_FOUND', 'reason': samsat:reason(.)}
        else if ($code = ('13', '88', '94')) then map{'outcome': 'REJECTED', 'reason': samsat:reason(.)}
        else map{'outcome': 'AGENCY_ERROR', 'reason': samsat:reason(.)}"/>
  </xsl:template>
</xsl:stylesheet>

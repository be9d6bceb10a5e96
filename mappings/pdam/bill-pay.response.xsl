<?xml version="1.0" encoding="UTF-8"?>
<!-- Tirta Benteng payment answer -> outcome + canonical payment (mappings/canonical/payment.schema.json).
     status: 00 paid (receipt no_resi, time tgl_lunas yyyyMMddHHmmss in WIB, printable struk lines);
     14 unknown customer (NOT_FOUND); 13 wrong amount, 17 older month left unpaid, 88 already paid,
     89 month not billed, 32 invalid value (REJECTED); 41 collector account refused (AUTH_FAILED);
     94 reference already used for another payment and anything else AGENCY_ERROR (the hub's fault
     or the biller's, never the citizen's). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="response"/>
    <xsl:variable name="status" select="string($r/status)"/>
    <xsl:variable name="message" select="string($r/message)"/>
    <xsl:variable name="p" select="$r/pembayaran"/>
    <xsl:choose>
      <xsl:when test="empty($r/status)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without status'}"/>
      </xsl:when>
      <xsl:when test="$status = '00'">
        <xsl:variable name="t" select="string($p/tgl_lunas)"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($p/no_resi),
          'result': map{
            'status': 'PAID',
            'externalId': string($p/no_ref),
            'amount': xs:integer($p/jumlah_bayar),
            'currency': 'IDR',
            'paidAt': substring($t, 1, 4) || '-' || substring($t, 5, 2) || '-' || substring($t, 7, 2) || 'T'
                || substring($t, 9, 2) || ':' || substring($t, 11, 2) || ':' || substring($t, 13, 2) || '+07:00',
            'bankReference': string($p/ref_bank),
            'billerReference': string($p/no_resi),
            'receiptText': string-join($p/struk/baris, '&#10;')
          }
        }"/>
      </xsl:when>
      <xsl:when test="$status = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $message}"/>
      </xsl:when>
      <xsl:when test="$status = ('13', '17', '32', '88', '89')">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $message}"/>
      </xsl:when>
      <xsl:when test="$status = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $message}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $status || ' ' || $message}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Tirta Benteng inquiry answer -> outcome + canonical bill (mappings/canonical/bill.schema.json).
     status: 00 unpaid bills listed, 88 everything paid, 89 month not billed (NOT_FOUND),
     14 unknown customer (NOT_FOUND), 32 invalid value (REJECTED), 41 collector account refused
     (AUTH_FAILED), anything else AGENCY_ERROR. blth YYYYMM becomes period YYYY-MM, jatuh_tempo
     yyyyMMdd becomes dueDate. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:pdam"
    exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:period" as="xs:string">
    <xsl:param name="blth" as="xs:string"/>
    <xsl:sequence select="substring($blth, 1, 4) || '-' || substring($blth, 5, 2)"/>
  </xsl:function>

  <xsl:function name="f:date" as="xs:string">
    <xsl:param name="yyyymmdd" as="xs:string"/>
    <xsl:sequence select="substring($yyyymmdd, 1, 4) || '-' || substring($yyyymmdd, 5, 2) || '-' || substring($yyyymmdd, 7, 2)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="r" select="response"/>
    <xsl:variable name="status" select="string($r/status)"/>
    <xsl:variable name="message" select="string($r/message)"/>
    <xsl:choose>
      <xsl:when test="empty($r/status)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without status'}"/>
      </xsl:when>
      <xsl:when test="$status = ('00', '88')">
        <xsl:sequence select="map{
          'outcome': 'OK',
          'result': map{
            'biller': 'pdam',
            'customerId': string($r/cust_id),
            'customerName': string($r/nama),
            'status': if ($status = '00') then 'UNPAID' else 'PAID',
            'totalAmount': xs:integer($r/total_tagihan),
            'adminFee': sum($r/tagihan/admin ! xs:integer(.)),
            'currency': 'IDR',
            'tariff': string($r/gol),
            'items': array{ $r/tagihan ! map{
              'period': f:period(blth),
              'amount': xs:integer(total),
              'penalty': xs:integer(denda),
              'dueDate': f:date(jatuh_tempo),
              'usage': xs:integer(pakai),
              'meterBefore': xs:integer(stand_lalu),
              'meterAfter': xs:integer(stand_kini)
            } }
          }
        }"/>
      </xsl:when>
      <xsl:when test="$status = ('14', '89')">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $message}"/>
      </xsl:when>
      <xsl:when test="$status = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $message}"/>
      </xsl:when>
      <xsl:when test="$status = '32'">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $message}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $status || ' ' || $message}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- BPKD SKRD answer -> outcome + canonical bill (mappings/canonical/bill.schema.json).
     kode: 00 found (BELUM BAYAR is UNPAID with jumlah_bayar due, SUDAH BAYAR is PAID with nothing
     due); 14 unknown kode bayar (NOT_FOUND); 30/32 invalid request (REJECTED); 41 account refused
     (AUTH_FAILED); anything else AGENCY_ERROR. Dates dd/MM/yyyy become ISO; the SKRD is one item
     whose period is the due date's month. va_bjb is Bank BJB's retribution VA (88367 + kode bayar). -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:bpkd"
    exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:date" as="xs:string">
    <xsl:param name="ddmmyyyy" as="xs:string"/>
    <xsl:sequence select="substring($ddmmyyyy, 7, 4) || '-' || substring($ddmmyyyy, 4, 2) || '-' || substring($ddmmyyyy, 1, 2)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="s" select="$r/skrd"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($s)">
        <xsl:variable name="va" select="string($s/va_bjb)"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'result': map{
            'biller': 'bpkd',
            'customerId': string($s/kode_bayar),
            'customerName': string($s/nama_wajib_retribusi),
            'status': if (string($s/status_bayar) = 'SUDAH BAYAR') then 'PAID' else 'UNPAID',
            'totalAmount': xs:integer($s/jumlah_bayar),
            'adminFee': 0,
            'currency': 'IDR',
            'billReference': string($s/no_skrd),
            'tariff': string($s/jenis_retribusi),
            'items': array{ map{
              'period': substring(f:date(string($s/tgl_jatuh_tempo)), 1, 7),
              'amount': xs:integer($s/pokok) + xs:integer($s/denda),
              'penalty': xs:integer($s/denda),
              'dueDate': f:date(string($s/tgl_jatuh_tempo))
            } },
            'virtualAccount': map{
              'partnerServiceId': substring($va, 1, 5),
              'customerNo': substring($va, 6),
              'virtualAccountNo': $va
            }
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = ('30', '32')">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $kode || ' ' || $pesan}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Taspen otentikasi answer -> outcome + canonical application result. kode 00 authenticated
     (valid one year); 14 unknown NOTAS (NOT_FOUND); 15 NOTAS not the NIK's and 31/33 refusals on
     the merits (REJECTED, never retried); 41 API key (AUTH_FAILED); anything else AGENCY_ERROR. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:f="urn:mpp:taspen" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:function name="f:iso" as="xs:string">
    <xsl:param name="d" as="xs:string"/>
    <xsl:sequence select="substring($d, 7, 4) || '-' || substring($d, 4, 2) || '-' || substring($d, 1, 2)"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="o" select="$r/otentikasi"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($o/noOtentikasi)">
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($o/noOtentikasi),
          'result': map{
            'documentType': 'OTENTIKASI_PENSIUN',
            'documentNumber': string($o/noOtentikasi),
            'issuedOn': f:iso(string($o/tanggal)),
            'validUntil': f:iso(string($o/berlakuSampai)),
            'message': $pesan || ' (status pensiun ' || string($o/statusPensiun) || ')'
                || (if (normalize-space($o/catatan)) then '; ' || string($o/catatan) else '')
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = ('15', '31', '33')">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $kode || ' ' || $pesan}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- BPKD asset-use answer -> outcome + canonical application result. kode: 00 received (the asset
     reserved pending the agreement; application number, period and estimated rental retribution
     in the message); 14 unknown asset (NOT_FOUND); 30/32 invalid value and 52-55 refusals on the
     merits (REJECTED, never retried); 41 AUTH_FAILED; anything else AGENCY_ERROR. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="respon"/>
    <xsl:variable name="kode" select="string($r/kode)"/>
    <xsl:variable name="pesan" select="string($r/pesan)"/>
    <xsl:variable name="p" select="$r/permohonan"/>
    <xsl:choose>
      <xsl:when test="empty($r/kode)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without kode'}"/>
      </xsl:when>
      <xsl:when test="$kode = '00' and exists($p/no_permohonan)">
        <xsl:variable name="day" select="string($p/tgl_permohonan)"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($p/no_permohonan),
          'result': map{
            'documentType': 'PERMOHONAN_PEMANFAATAN_BMD',
            'registrationNumber': string($p/no_permohonan),
            'issuedOn': substring($day, 7, 4) || '-' || substring($day, 4, 2) || '-' || substring($day, 1, 2),
            'message': string($p/status_permohonan) || ': ' || string($p/nama_aset) || ' (' || string($p/kode_aset)
                || '), ' || string($p/periode) || '; perkiraan retribusi Rp'
                || replace(format-number(xs:integer($p/perkiraan_retribusi), '#,##0'), ',', '.') || ' ditagih lewat SKRD'
          }
        }"/>
      </xsl:when>
      <xsl:when test="$kode = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:when test="$kode = ('30', '32') or (string-length($kode) = 2 and starts-with($kode, '5'))">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $pesan}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $kode || ' ' || $pesan}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>

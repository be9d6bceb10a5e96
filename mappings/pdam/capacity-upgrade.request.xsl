<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Tirta Benteng POST /layanan/penambahan-kapasitas (larger pipe and meter,
     another tariff class, or both). no_ref carries the hub's request id (Tirta Benteng
     deduplicates on it); the NIK lets the back end check the connection is the applicant's. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="changes" select="map{'capacity': 'KAPASITAS', 'tariff-class': 'GOLONGAN',
      'both': 'KAPASITAS_DAN_GOLONGAN'}"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <request>
      <no_ref><xsl:value-of select="string[@key = 'requestId']"/></no_ref>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <cust_id><xsl:value-of select="$data/string[@key = 'customerId']"/></cust_id>
      <jenis_perubahan><xsl:value-of select="$changes($data/string[@key = 'change'])"/></jenis_perubahan>
      <xsl:for-each select="$data/string[@key = 'currentPipeSize']">
        <ukuran_pipa_lama><xsl:value-of select="."/></ukuran_pipa_lama>
      </xsl:for-each>
      <xsl:for-each select="$data/string[@key = 'newPipeSize']">
        <ukuran_pipa_baru><xsl:value-of select="."/></ukuran_pipa_baru>
      </xsl:for-each>
      <xsl:for-each select="$data/string[@key = 'newTariffClass']">
        <gol_baru><xsl:value-of select="."/></gol_baru>
      </xsl:for-each>
      <xsl:for-each select="$data/string[@key = 'reason']">
        <alasan><xsl:value-of select="."/></alasan>
      </xsl:for-each>
      <no_hp><xsl:value-of select="$data/string[@key = 'phone']"/></no_hp>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </request>
  </xsl:template>
</xsl:stylesheet>
